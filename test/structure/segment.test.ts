import { describe, expect, it } from 'vitest';
import { problemsOf } from '../helpers.js';
import { compilePatterns, DEFAULT_PATTERNS, extendPatterns } from '../../src/structure/patterns.js';
import { loadStructurePatterns } from '../../src/structure/load-patterns.js';
import { segmentArticle, type StructureOverrides } from '../../src/structure/segment.js';

/** Each segment of a made-up page as `kind: text`. */
function parts(text: string, overrides: StructureOverrides = {}, patterns = DEFAULT_PATTERNS): string[] {
  return segmentArticle(text, compilePatterns(patterns), overrides).map((s) => `${s.kind}: ${text.slice(s.start, s.end)}`);
}

const PAGE = [
  'Home / World / Middle East',
  '',
  'Ceasefire talks stall in Cairo',
  'JANE DOE/ Reuters',
  'By Jane Doe',
  'CAIRO (Reuters) - Talks on a truce in Gaza ended on Thursday without a deal.',
  '12 May 2024 10:15',
  'Mediators said they would meet again next week.',
  'What comes next',
  'Both sides blamed each other for the delay.',
  'By Jane Doe',
  'Share this article on social media',
  'More from World news',
  'Hamas Islamists said something in another story.',
].join('\n');

describe('segmentArticle', () => {
  it('cuts a page into its parts', () => {
    expect(parts(PAGE)).toEqual([
      'boilerplate: Home / World / Middle East',
      'headline: Ceasefire talks stall in Cairo',
      'caption: JANE DOE/ Reuters',
      'byline: By Jane Doe',
      'dateline: CAIRO (Reuters) -',
      'lede: Talks on a truce in Gaza ended on Thursday without a deal.',
      'boilerplate: 12 May 2024 10:15',
      'body: Mediators said they would meet again next week.',
      'subhead: What comes next',
      'body: Both sides blamed each other for the delay.',
      'boilerplate: By Jane Doe',
      'boilerplate: Share this article on social media',
      'boilerplate: More from World news',
      'boilerplate: Hamas Islamists said something in another story.',
    ]);
  });

  it('takes a short line after the headline and before the body for a photo caption (Press TV)', () => {
    expect(parts('Rafah invasion won’t defeat Hamas: White House\n\nJohn Kirby, White House spokesman\n\nThe White House said so on Thursday.')).toEqual([
      'headline: Rafah invasion won’t defeat Hamas: White House',
      'caption: John Kirby, White House spokesman',
      'lede: The White House said so on Thursday.',
    ]);
  });

  it('ends the body where the manifest says, and makes the lines it lists boilerplate', () => {
    const text = 'Talks ended on Thursday without a deal.\nSponsored: buy our app today.\nMediators will meet again.\nSee also\nAnother story entirely.';
    expect(parts(text, { bodyEnds: 'See also', boilerplate: ['Sponsored: buy our app today.'] })).toEqual([
      'lede: Talks ended on Thursday without a deal.',
      'boilerplate: Sponsored: buy our app today.',
      'body: Mediators will meet again.',
      'boilerplate: See also',
      'boilerplate: Another story entirely.',
    ]);
  });

  it('takes a manifest boilerplate entry for a whole line, never a part of a paragraph', () => {
    const text = 'Talks ended on Thursday without a deal.\nMediators said the talks will resume in Cairo.';
    expect(parts(text, { boilerplate: ['talks', 'Cairo'] })).toEqual(['lede: Talks ended on Thursday without a deal.', 'body: Mediators said the talks will resume in Cairo.']);
  });

  it('takes the manifest title for the headline even when it reads like a sentence', () => {
    expect(parts('Talks fail.\nThe talks ended on Thursday.', { title: 'Talks fail.' })[0]).toBe('headline: Talks fail.');
  });

  it('uses the patterns of a user file beside the bundled ones', () => {
    const extra = loadStructurePatterns('mine.json', JSON.stringify({ boilerplate: ['^Partner content$'] }));
    const text = 'Talks ended on Thursday without a deal.\nPartner content\nMediators will meet again.';
    expect(parts(text)).toContain('subhead: Partner content');
    expect(parts(text, {}, extendPatterns(DEFAULT_PATTERNS, extra))).toContain('boilerplate: Partner content');
  });
});

// Cases from the gold standard (test/gold/): page furniture and datelines of real pages, written small.
describe('page furniture and datelines', () => {
  it.each([
    ['site chrome above the headline, a date stamp, a copyright line', '© 2024 WVAS\nWorld\nPresident signs an executive order\nPublished June 5, 2024 at 6:27 PM EDT\nThe president signed the order on Tuesday.', ['boilerplate: © 2024 WVAS', 'boilerplate: World', 'headline: President signs an executive order', 'boilerplate: Published June 5, 2024 at 6:27 PM EDT', 'lede: The president signed the order on Tuesday.']],
    ['a headline printed again, and a teaser the lede repeats', 'UN condemns the annexations\nThe Assembly condemned the annexations by a large majority.\nUN condemns the annexations\nThe Assembly condemned the annexations by a large majority. 143 states voted for it.', ['headline: UN condemns the annexations', 'boilerplate: The Assembly condemned the annexations by a large majority.', 'boilerplate: UN condemns the annexations', 'lede: The Assembly condemned the annexations by a large majority. 143 states voted for it.']],
    ['a photo description under a bare credit, and an insert', 'Photo Credit: TPS\nSmoke rises over the city on Jan. 21, 2024.\nDozens were killed, the army said.\n(RELATED: Another story entirely)\nThe army said more.', ['caption: Photo Credit: TPS', 'caption: Smoke rises over the city on Jan. 21, 2024.', 'lede: Dozens were killed, the army said.', 'boilerplate: (RELATED: Another story entirely)', 'body: The army said more.']],
    ['lines after the last paragraph, a comment form', 'Talks stall in Cairo\nThe talks ended without a deal.\nFeatured Post\nPlease enter your comment!', ['headline: Talks stall in Cairo', 'lede: The talks ended without a deal.', 'boilerplate: Featured Post', 'boilerplate: Please enter your comment!']],
    ['a dateline of two cities with a colon', 'Jerusalem/Cairo: Israeli forces rescued four hostages.', ['dateline: Jerusalem/Cairo:', 'lede: Israeli forces rescued four hostages.']],
    ['an agency dateline with the date', 'MOSCOW, September 30. /TASS/. Putin will sign the treaties.', ['dateline: MOSCOW, September 30. /TASS/.', 'lede: Putin will sign the treaties.']],
    ['a dateline opens the first paragraph only: further down a label is speech', 'ANKARA: Erdogan spoke.\nKIRBY: We are clear.', ['dateline: ANKARA:', 'lede: Erdogan spoke.', 'body: KIRBY: We are clear.']],
  ])('%s', (_name, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });
});

describe('loadStructurePatterns', () => {
  it.each([
    ['an invalid regular expression', '{\n  "boilerplate": ["(unclosed"]\n}', '/boilerplate/0', 2],
    ['an unknown kind of pattern', '{\n  "footer": ["x"]\n}', '/footer', 2],
    ['a pattern that is not a string', '{\n  "byline": [1]\n}', '/byline/0', 2],
  ])('reports %s with its pointer and line', (_name, text, pointer, line) => {
    const problems = problemsOf(() => loadStructurePatterns('mine.json', text));
    expect(problems.map((p) => [p.file, p.pointer, p.line])).toContainEqual(['mine.json', pointer, line]);
  });
});

const at2 = (text: string, line: string): { start: number; end: number } => ({ start: text.indexOf(line), end: text.indexOf(line) + line.length });

describe('markup from the source format', () => {
  const TEXT = ['Home', 'Ceasefire talks stall', 'Mediators met in Cairo on Thursday.', 'Related: other news', 'Next steps'].join('\n');
  const at = (line: string): { start: number; end: number } => ({ start: TEXT.indexOf(line), end: TEXT.indexOf(line) + line.length });

  it('gives a line inside a marked span that span kind, whatever its shape', () => {
    const markup = [
      { ...at('Home'), kind: 'boilerplate' as const },
      { ...at('Ceasefire talks stall'), kind: 'headline' as const },
      { ...at('Related: other news'), kind: 'boilerplate' as const },
      { ...at('Next steps'), kind: 'subhead' as const },
    ];
    expect(parts(TEXT, { markup })).toEqual([
      'boilerplate: Home',
      'headline: Ceasefire talks stall',
      'lede: Mediators met in Cairo on Thursday.',
      'boilerplate: Related: other news',
      'subhead: Next steps',
    ]);
  });

  it('takes a marked source at its word: short unmarked lines and lines of a block quotation are not guessed to be headings or captions', () => {
    const text = ['Ceasefire talks stall', 'Remember the last round?', 'Mediators met in Cairo on Thursday.', 'Yes this is real', '— A. Person (@someone) May 9, 2024', 'Share this article'].join('\n');
    const markup = [{ ...at2(text, 'Ceasefire talks stall'), kind: 'headline' as const }, { start: text.indexOf('Yes'), end: text.indexOf('\nShare'), kind: 'blockquote' as const }];
    expect(parts(text, { markup })).toEqual([
      'headline: Ceasefire talks stall',
      'lede: Remember the last round?',
      'body: Mediators met in Cairo on Thursday.',
      'body: Yes this is real',
      'body: — A. Person (@someone) May 9, 2024',
      'boilerplate: Share this article',
    ]);
  });

  it('guesses where there is no markup: a one-word line above the headline is chrome, a short line after the last paragraph furniture', () => {
    expect(parts(TEXT)).toEqual(['boilerplate: Home', 'headline: Ceasefire talks stall', 'lede: Mediators met in Cairo on Thursday.', 'boilerplate: Related: other news', 'boilerplate: Next steps']);
  });
});
