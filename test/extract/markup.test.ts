import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromPageFile } from '../../src/corpus/from-html.js';
import { extractPage } from '../../src/extract/extract.js';
import { compilePatterns, DEFAULT_PATTERNS } from '../../src/structure/patterns.js';
import { structureOf } from '../../src/structure/structure.js';

/*
 * A news page with every part framelens treats apart (test/fixtures/pages/structured.html):
 * what must go (share bar, caption and credit, "READ MORE" promo, "Advertisement",
 * related box, navigation, footer), what must stay and how it is marked.
 */
const FILE = 'test/fixtures/pages/structured.html';
const article = articleFromPageFile(FILE, readFileSync(FILE), { id: 'structured' });
const marked = (article.markup ?? []).map((m) => `${m.kind}: ${article.text.slice(m.start, m.end)}`);

describe('a news page with its parts marked', () => {
  it('keeps the article, one paragraph a line, and nothing of the page around it', () => {
    expect(article.text.split('\n\n')).toEqual([
      'Ceasefire talks resume in Cairo',
      'Mediators from Egypt and Qatar met Israeli and Hamas delegations in Cairo on Thursday, officials said, as the talks over a ceasefire in the Gaza Strip resumed after a pause of a week.',
      'The State Department spokesman Matthew Miller said on Wednesday:',
      'We continue to believe that a ceasefire agreement is achievable.',
      'We urge both sides to reach one.',
      'What is on the table',
      'The proposal would see hostages released in stages in exchange for Palestinian prisoners, with a pause in the fighting that negotiators hope to turn into a lasting truce.',
      'A pause that negotiators hope to turn into a lasting truce',
      'Both sides have accused each other of blocking a deal, and previous rounds ended without agreement on the length of the pause or the number of prisoners to be freed.',
    ]);
  });

  it('marks the headline, the subhead, the block quotation (both its paragraphs) and the pull quote', () => {
    expect(marked).toEqual([
      'headline: Ceasefire talks resume in Cairo',
      'blockquote: We continue to believe that a ceasefire agreement is achievable.\n\nWe urge both sides to reach one.',
      'subhead: What is on the table',
      'pullquote: A pause that negotiators hope to turn into a lasting truce',
    ]);
  });

  it('takes the facts from JSON-LD (publisher by reference, several authors) and the canonical link', () => {
    expect(article).toMatchObject({
      outlet: 'The Example Gazette',
      title: 'Ceasefire talks resume in Cairo',
      date: '2024-05-09',
      byline: 'Jane Doe, John Roe',
      url: 'https://gazette.example/world/ceasefire-talks',
      source: FILE,
    });
  });

  it('lets what the manifest gives override the page', () => {
    const given = articleFromPageFile(FILE, readFileSync(FILE), { id: 'x', outlet: 'Gazette', title: 'Talks resume', date: '2024-05-10' });
    expect(given).toMatchObject({ outlet: 'Gazette', title: 'Talks resume', date: '2024-05-10', byline: 'Jane Doe, John Roe' });
  });
});

describe('the structure stage, given the page markup', () => {
  const structure = structureOf(article.text, compilePatterns(DEFAULT_PATTERNS), { title: article.title, markup: article.markup });
  const segment = (line: string): string | undefined => structure.segments.find((s) => article.text.slice(s.start, s.end) === line)?.kind;

  it('takes the headline and subhead as marked, and counts a pull quote as furniture (its words are already in the article)', () => {
    expect(segment('Ceasefire talks resume in Cairo')).toBe('headline');
    expect(segment('What is on the table')).toBe('subhead');
    expect(segment('A pause that negotiators hope to turn into a lasting truce')).toBe('boilerplate');
  });

  it('makes the block quotation a quotation of kind block, its speaker from the paragraph before', () => {
    const blocks = structure.quotes.filter((q) => q.kind === 'block');
    expect(blocks.map((q) => [article.text.slice(q.start, q.end), q.speaker, q.attribution])).toEqual([
      ['We continue to believe that a ceasefire agreement is achievable.', 'miller', 'context'],
      ['We urge both sides to reach one.', 'miller', 'context'],
    ]);
    expect(structure.quotes.some((q) => article.text.slice(q.start, q.end).includes('lasting truce'))).toBe(false);
  });
});

describe('page text as a browser lays it out', () => {
  it.each([
    ['white space collapses; <br> breaks a line', '<p>one   two\n three<br>four</p>', 'one two three\nfour'],
    ['list items and table rows are lines', '<ul><li>first item</li><li>second item</li></ul><table><tr><td>a</td><td>b</td></tr></table>', 'first item\n\nsecond item\n\na b'],
    ['inline elements do not break a line', '<p>the <b>Israeli</b> <i>war</i> cabinet</p>', 'the Israeli war cabinet'],
  ])('%s', (_name, body, expected) => {
    const words = 'Officials met again on Thursday and said the talks would go on for as long as both sides wished to keep talking. '.repeat(3);
    const page = extractPage(`<html><body><article><p>${words}</p>${body}<p>${words}</p></article></body></html>`);
    expect(page.text).toContain(expected);
  });
});
