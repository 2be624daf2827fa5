import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFromCsv } from '../../src/corpus/from-csv.js';
import { problemsOf } from '../helpers.js';

const EXPORT = 'test/fixtures/exports/media-cloud-stories.csv';
const exported = readFileSync(EXPORT, 'utf8');
const seedText = (file: string): string => readFileSync(`seeds/${file}`, 'utf8');

describe('corpusFromCsv', () => {
  it("reads a Media Cloud story list with texts: its own column names, dates with a time, text with line breaks and quotes", () => {
    const corpus = corpusFromCsv(EXPORT, exported);
    expect(corpus.articles.map((a) => [a.id, a.outlet, a.date])).toEqual([
      ['anadolu-2024-02-12', 'Anadolu Agency', '2024-02-12'],
      ['arn-2024-05-09', 'ARN News Centre (Arabian Radio Network, UAE)', '2024-05-09'],
      ['dailywrap-2024-05-07', 'Daily Wrap (WP Media, Poland)', '2024-05-07'],
      ['presstv-2024-05-09', 'Press TV', '2024-05-09'],
      ['shafaq-2024-05-09', 'Shafaq News', '2024-05-09'],
    ]);
    const anadolu = corpus.articles[0];
    expect(anadolu?.text).toBe(seedText('000_ec339f474331f0d5.txt'));
    expect(anadolu?.source).toBe(`${EXPORT}:2`);
    expect(corpus.articles[3]).toMatchObject({ title: 'Major Rafah invasion won’t defeat Hamas: White House', url: expect.stringMatching(/^https?:\/\/www\.presstv\.ir\//) as unknown });
  });

  it('numbers each row by the line it starts on, past line breaks inside quoted cells', () => {
    const lines = corpusFromCsv(EXPORT, exported).articles.map((a) => Number(a.source.split(':').pop()));
    const starts = [...exported.matchAll(/^(?:anadolu|presstv|dailywrap|shafaq|arn)-/gm)].map((m) => exported.slice(0, m.index).split('\n').length);
    expect([...lines].sort((a, b) => a - b)).toEqual(starts);
  });

  it('reads TSV with the column names a user gives', () => {
    const corpus = corpusFromCsv('s.tsv', 'story\tsite\tbody\nx1\tPress TV\tThe regime said so.\n', { delimiter: '\t', columns: { id: 'story', outlet: 'site', text: 'body' } });
    expect(corpus.articles).toEqual([{ id: 'x1', outlet: 'Press TV', text: 'The regime said so.', source: 's.tsv:2' }]);
  });

  it('names rows without an id column by their line', () => {
    const corpus = corpusFromCsv('a.csv', 'outlet,text\nA,one\nB,two\n');
    expect(corpus.articles.map((a) => a.id)).toEqual(['row-2', 'row-3']);
  });

  it.each([
    ['no text column', 'outlet,story\nA,x\n', {}, [[1, 'no text column']]],
    ['a named column that is not there', 'outlet,text\nA,x\n', { columns: { text: 'story' } }, [[1, 'no column "story" (--text-column)']]],
    ['an empty outlet', 'outlet,text\n,x\n', {}, [[2, 'empty outlet (column "outlet")']]],
    ['a date that is not YYYY-MM-DD', 'outlet,text,date\nA,x,05/09/2024\n', {}, [[2, 'not a date (column "date")']]],
    ['a duplicate id', 'id,outlet,text\n1,A,x\n1,B,y\n', {}, [[3, 'duplicate article id (first on line 2)']]],
    ['a row with too many cells', 'outlet,text\nA,x,y\n', {}, [[2, expect.stringMatching(/^not valid CSV/) as unknown]]],
    ['an unclosed quote', 'outlet,text\nA,"x\n', {}, [[expect.any(Number) as unknown, expect.stringMatching(/^not valid CSV/) as unknown]]],
    ['nothing but a header', 'outlet,text\n', {}, [[undefined, 'the corpus has no articles']]],
  ])('refuses %s, naming the file and line', (_name, text, options, expected) => {
    const problems = problemsOf(() => corpusFromCsv('a.csv', text, options));
    expect(problems.map((p) => p.file)).toEqual(problems.map(() => 'a.csv'));
    expect(problems.map((p) => [p.line, p.message])).toEqual(expected);
  });
});
