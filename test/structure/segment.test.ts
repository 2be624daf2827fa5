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
    expect(parts(text, { bodyEnds: 'See also', boilerplate: ['Sponsored:'] })).toEqual([
      'lede: Talks ended on Thursday without a deal.',
      'boilerplate: Sponsored: buy our app today.',
      'body: Mediators will meet again.',
      'boilerplate: See also',
      'boilerplate: Another story entirely.',
    ]);
  });

  it('takes the manifest title for the headline even when it reads like a sentence', () => {
    expect(parts('Talks fail.\nThe talks ended on Thursday.', { title: 'Talks fail.' })[0]).toBe('headline: Talks fail.');
  });

  it('uses the patterns of a user file beside the bundled ones', () => {
    const extra = loadStructurePatterns('mine.json', JSON.stringify({ boilerplate: ['^Advertisement$'] }));
    const text = 'Talks ended on Thursday without a deal.\nAdvertisement\nMediators will meet again.';
    expect(parts(text)).toContain('subhead: Advertisement');
    expect(parts(text, {}, extendPatterns(DEFAULT_PATTERNS, extra))).toContain('boilerplate: Advertisement');
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

  it('guesses as before where there is no markup', () => {
    expect(parts(TEXT)).toContain('headline: Home');
  });
});
