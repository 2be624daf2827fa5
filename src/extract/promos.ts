import { all, type DomElement } from './dom.js';

/** Blocks that can be a promo on their own line. */
const LINE_BLOCKS = 'p, li, h2, h3, h4, h5, h6, div:not(:has(p, div, li, blockquote, ul, ol, table))';
/** A line this much inside links, and this short, points elsewhere: "READ MORE: …", "Related: …", a bare headline. */
const LINK_SHARE = 0.8;
const MAX_PROMO_WORDS = 30;
/** Lines that sites put inside the article for their own sake. */
const FURNITURE_LINE = new RegExp(
  `^(?:${[
    'advert', 'advertisement', 'ad', 'sponsored(?: content)?', 'continue reading(?: below| the main story)?', '(?:story|article) continues below(?: advertisement)?',
    'skip to (?:main )?content', '(?:image|photo|picture|video|slide) \\d+\\s*(?:of|/)\\s*/?\\s*\\d+', 'this slideshow requires javascript\\.?', 'click to (?:enlarge|expand)',
    'share(?: this)?(?: article| story| on \\w+)?', 'scroll down for video', 'sign in', 'log in', 'sign up', 'subscribe(?: now)?', 'you (?:may|might) also like',
    'related(?: stories| articles| coverage| content)?', 'recommended(?: for you)?', '(?:more|most) (?:popular|read)', 'https?://\\S+', '(?:copyright|©).*all rights reserved\\.?',
  ].join('|')})$`,
  'i',
);
/** A line that only says when: "Published 10:02 AM EST Nov 19, 2019", "Updated: 20 November 2019". */
const DATE_LINE = /^(?:published|updated|posted|last updated|first published)(?: on| at)?\s*:?\s*(?=.*\d)[\p{L}\p{N} ,.:/|–—-]{0,60}$/iu;
/** A label over a list of links: a few words in capitals ("DON'T MISS", "MORE FROM FOX") or ending in a colon ("More:", "Read also:"). */
const LABEL = /^(?:[^\p{Ll}]{2,40}|(?:\S+\s){0,3}\S+:)$/u;

const squeeze = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();
const wordCount = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** A label before a link: "READ MORE:", "Related:", "SEE ALSO -". */
const LEAD_LABEL = /^(?:\S+\s){0,3}\S+\s*[:\-–—|]\s*/u;

/** How much of the text (a leading label aside) is inside links, and in how many. */
function links(element: DomElement, text: string): { share: number; count: number } {
  let linked = 0;
  const anchors = all(element.querySelectorAll('a'));
  for (const a of anchors) linked += squeeze(a.textContent).length;
  const label = LEAD_LABEL.exec(text)?.[0].length ?? 0;
  const rest = linked > 0 && linked <= text.length - label ? text.length - label : text.length;
  return { share: rest === 0 ? 0 : linked / rest, count: anchors.length };
}

/** A line that is only times ("Updated Nov 19, 9:41 AM; Posted Nov 18"): the page's date, which the metadata gives. */
function isTimestamp(element: DomElement, text: string): boolean {
  const times = all(element.querySelectorAll('time'));
  if (times.length === 0) return false;
  const timed = times.reduce((n, t) => n + squeeze(t.textContent).length, 0);
  return timed >= text.length * LINK_SHARE;
}

function isPromo(element: DomElement): boolean {
  const text = squeeze(element.textContent);
  if (text === '') return false;
  if (FURNITURE_LINE.test(text) || DATE_LINE.test(text) || isTimestamp(element, text)) return true;
  if (element.closest('blockquote') !== null) return false;
  const { share, count } = links(element, text);
  // One link as a line is a pointer; several in one block, whatever their length, are a list of them.
  return share >= LINK_SHARE && (count > 1 || wordCount(text) <= MAX_PROMO_WORDS);
}

/** The line before this one, skipping empty ones and those that hold it. */
function previousLine(element: DomElement, blocks: DomElement[], index: number): DomElement | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const block = blocks[i] as DomElement;
    if (squeeze(block.textContent) !== '' && !block.contains(element)) return block;
  }
  return undefined;
}

/**
 * Removes the lines of an extracted article that point elsewhere or serve
 * the site: lines that are (nearly) all link ("READ MORE: …", a related
 * headline), "Advertisement" and its kin, and the capitalised label over a
 * run of such links.
 */
export function removeInlinePromos(content: DomElement): void {
  const blocks = all(content.querySelectorAll(LINE_BLOCKS));
  blocks.forEach((block, index) => {
    if (!isPromo(block)) return;
    const label = previousLine(block, blocks, index);
    block.remove();
    if (label && LABEL.test(squeeze(label.textContent)) && label.querySelector('a') === null) label.remove();
  });
}
