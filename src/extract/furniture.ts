import { all, type DomDocument, type DomElement } from './dom.js';
import { KIND_ATTRIBUTE } from './text.js';

/** A name in a class or id, as whole dash/underscore-separated parts ("share-bar", "article_related"). */
const named = (words: string): RegExp => new RegExp(`(?:^|[^a-z])(?:${words})(?:[^a-z]|$)`);

/** Page furniture by what sites call it in their class and id names: whole parts of a name, or (the second list) anywhere in it. */
const FURNITURE = named(
  [
    'share', 'sharing', 'social', 'addthis', 'related', 'recommended', 'recirc', 'recirculation', 'more-stories', 'most-popular', 'most-read',
    'trending', 'outbrain', 'taboola', 'promo', 'newsletter', 'subscribe', 'subscription', 'signup', 'sign-up', 'advert', 'advertisement', 'sponsored',
    'credit', 'credits', 'breadcrumb', 'breadcrumbs', 'tags', 'topics', 'author-bio', 'authorbio', 'bio', 'dates', 'timestamp',
  ].join('|'),
);
const FURNITURE_ANYWHERE = /caption|sharebar|share-?tools/;
/** Embedded posts and videos are quoted matter, whatever their box is called. */
const EMBED = named('embed|embedded|tweet|twitter-tweet|instagram-media');
const PULL_QUOTE = named('pull-?quote|pullquote|pull_quote');
/** The elements a pull quote is set in (not, say, the icon drawn beside it). */
const QUOTE_BOXES = ['aside', 'blockquote', 'div', 'figure', 'p', 'section', 'span'].map((tag) => `${tag}[class], ${tag}[id]`).join(', ');
/** Elements that are never article text, removed before the article is looked for. */
const NEVER_TEXT = 'script, style, noscript, template, iframe, object, embed, button, select, textarea, input, figcaption, dialog';

function nameOf(element: DomElement): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
}

const textLength = (element: DomElement): number => (element.textContent ?? '').replace(/\s+/g, ' ').length;

/** Paragraphs of prose: furniture has short lines (headlines, labels), an article has these. */
const PROSE_CHARS = 100;
const PROSE_PARAGRAPHS = 2;

/** Whether an element holds the article (or a good part of it), whatever its name says. */
function holdsArticle(element: DomElement, pageText: number): boolean {
  if (textLength(element) > pageText / 3 || EMBED.test(nameOf(element)) || element.querySelector('blockquote')) return true;
  let prose = 0;
  for (const p of all(element.querySelectorAll('p'))) if (textLength(p) >= PROSE_CHARS && ++prose >= PROSE_PARAGRAPHS) return true;
  return false;
}

/** A pull quote becomes a marked block quotation, so that it survives as one (Readability drops asides). */
function markPullQuotes(document: DomDocument): void {
  for (const element of all(document.querySelectorAll(QUOTE_BOXES))) {
    if (!PULL_QUOTE.test(nameOf(element)) || textLength(element) === 0) continue;
    if (element.closest(`[${KIND_ATTRIBUTE}]`)) continue;
    const quote = document.createElement('blockquote');
    quote.setAttribute(KIND_ATTRIBUTE, 'pullquote');
    quote.append(...Array.from(element.childNodes));
    element.replaceWith(quote);
  }
}

/** Readability drops boxes named "social" (as a tweet's often is): an embedded post is renamed for what it is. */
function keepEmbeds(document: DomDocument): void {
  for (const element of all(document.querySelectorAll('[class]'))) {
    if (EMBED.test(nameOf(element)) && element.querySelector('blockquote, p')) element.setAttribute('class', 'embedded-content');
  }
}

/**
 * Removes what is on an article page but not the article: share bars,
 * related-story boxes, promos, newsletter sign-ups, captions and credits.
 * An element named like furniture that holds most of the page's text is a
 * wrapper around the article, and stays.
 */
export function removeFurniture(document: DomDocument): void {
  for (const element of all(document.querySelectorAll(NEVER_TEXT))) element.remove();
  markPullQuotes(document);
  keepEmbeds(document);
  const body = document.body;
  if (!body) return;
  const pageText = textLength(body);
  for (const element of all(body.querySelectorAll('[class], [id], form'))) {
    if (element.getAttribute(KIND_ATTRIBUTE) !== null || element.localName === 'article') continue;
    const name = nameOf(element);
    if (element.localName !== 'form' && !FURNITURE.test(name) && !FURNITURE_ANYWHERE.test(name)) continue;
    if (holdsArticle(element, pageText)) continue;
    element.remove();
  }
}
