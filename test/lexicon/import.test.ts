import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvEntries } from '../../src/lexicon/import/csv.js';
import { lexiconFromEntries, termPattern, type ImportedEntry } from '../../src/lexicon/import/entries.js';
import { liwcEntries } from '../../src/lexicon/import/liwc.js';
import { quantedaEntries } from '../../src/lexicon/import/quanteda.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import type { Lexicon } from '../../src/lexicon/types.js';
import { brief, hitsIn, matcherOf, problemsOf } from '../helpers.js';

const DIR = 'test/fixtures/dictionaries';
const read = (name: string): string => readFileSync(`${DIR}/${name}`, 'utf8');

function imported(name: string, reader: (file: string, text: string) => ImportedEntry[]): Lexicon {
  return lexiconFromEntries(reader(`${DIR}/${name}`, read(name)), { file: name, format: 'test dictionary', id: 'imported', licence: 'CC0-1.0' }).lexicon;
}

/** referent/variant: patterns, in file order. */
function summary(lexicon: Lexicon): string[] {
  return lexicon.referents.flatMap((r) => r.variants.map((v) => `${r.id}/${v.id}: ${v.patterns.join(', ')}`));
}

describe('lexicon import', () => {
  it.each([
    ['a LIWC .dic', 'framing.dic', liwcEntries, ['conflict/conflict: war, genocid*, killed', 'victims/victims: killed, civilian*, lost their lives', 'doubt/doubt: claim*, kind of']],
    ['a quanteda YAML dictionary', 'framing.yml', quantedaEntries, ['conflict/military: airstrike*, ground offensive', 'conflict/civilian: civilian casualties, displaced', 'doubt/doubt: claim*, allegedly']],
    ['a term,category CSV', 'terms.csv', csvEntries, ['loaded/loaded: genocid*, massacre\\, the', 'distancing/distancing: so-called', 'labels/delegitimising: regime'].map((s) => s.replace('\\,', ','))],
  ])('reads %s into referents and variants', (_name, file, reader, expected) => {
    const lexicon = imported(file, reader);
    expect(summary(lexicon)).toEqual(expected);
    // What the import makes is a valid lexicon that keeps the source file and licence with every entry.
    const loaded = loadLexicon('imported.json', JSON.stringify(lexicon));
    const variant = loaded.lexicon.referents[0]!.variants[0]!;
    expect(variant.sources).toEqual([{ title: `test dictionary ${file}`, file, note: 'Licence: CC0-1.0' }]);
    expect(variant.inflect).toBe(false);
    expect(loaded.lexicon.licence).toBe('CC0-1.0');
  });

  it('matches what the dictionary says: wildcards, multi-word terms, a word in two categories', () => {
    const matcher = matcherOf(loadLexicon('imported.json', JSON.stringify(imported('framing.dic', liwcEntries))));
    expect(hitsIn('Civilians were killed; they lost their lives, genocidal claims say', matcher).map(brief).sort()).toEqual(
      ['conflict/conflict "genocidal"', 'conflict/conflict "killed"', 'doubt/doubt "claims"', 'victims/victims "Civilians"', 'victims/victims "killed"', 'victims/victims "lost their lives"'].sort(),
    );
  });

  it.each([
    ['a LIWC2015 conditional entry', () => liwcEntries('conditional.dic', read('conditional.dic')), { line: 6, message: expect.stringContaining('conditional LIWC entry') }],
    ['a LIWC category number not in the header', () => liwcEntries('x.dic', '%\n1\ta\n%\nword\t1\t7\n'), { line: 4, value: '7' }],
    ['a LIWC file without a header', () => liwcEntries('x.dic', 'word\t1\n'), { line: 1, message: 'text before the category header' }],
    ['a glob star inside a word', () => lexiconFromEntries([{ term: 'geno*cide', path: ['x'], line: 3 }], { file: 'x.csv', format: 'CSV', id: 'x' }), { line: 3, value: 'geno*cide' }],
    ['a CSV row with one column', () => csvEntries('x.csv', 'term,category\ngenocide\n'), { line: 2, message: 'not a term and a category' }],
    ['a YAML list at the top level', () => quantedaEntries('x.yml', '- a\n- b\n'), { pointer: '', message: 'a list at the top level' }],
    ['a quanteda "?" glob', () => quantedaEntries('x.yml', 'spelling:\n  - colo?r\n'), { pointer: '/spelling/0', line: 2, value: 'colo?r' }],
    ['a YAML entry that is not a term', () => quantedaEntries('x.yml', 'doubt:\n  - claim\n  - 12\n'), { pointer: '/doubt/1', line: 3 }],
  ])('refuses %s with where and why', (_name, run, expected) => {
    expect(problemsOf(run)[0]).toMatchObject(expected);
  });

  it('skips terms without letters or digits (emoticons) and says which', () => {
    const { skipped } = lexiconFromEntries(liwcEntries('framing.dic', read('framing.dic')), { file: 'framing.dic', format: 'LIWC', id: 'x' });
    expect(skipped).toEqual([{ term: ':)', path: ['doubt'], line: 13 }]);
  });

  it.each([
    ['genocid*', 'genocid*'],
    ['kind of', 'kind of'],
    [':)', ':\\)'],
    ['a|b [x]', 'a\\|b \\[x\\]'],
  ])('writes the term %s as the pattern %s', (term, pattern) => {
    expect(termPattern(term)).toBe(pattern);
  });
});
