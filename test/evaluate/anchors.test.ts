import { describe, expect, it } from 'vitest';
import { problemsOf } from '../helpers.js';
import { parseAnnotation, resolveAnnotation } from '../../src/evaluate/index.js';
import { resolveSelector } from '../../src/evaluate/anchors.js';

const TEXT = 'Hamas said the hostages, held by Hamas-run groups, would stay. "No deal," Hamas said.';

describe('spans named by their words', () => {
  it.each([
    ['words that occur once', { text: 'hostages' }, ['hostages']],
    ['whole words only: Hamas in Hamas-run counts, a part of a word does not', { text: 'Hamas', occurrence: 'all' as const }, ['Hamas', 'Hamas', 'Hamas']],
    ['one occurrence of several', { text: 'Hamas', occurrence: 2 }, ['Hamas']],
    ['a list of occurrences', { text: 'Hamas', occurrence: [1, 3] }, ['Hamas', 'Hamas']],
    ['from the first words to the last', { from: '"No', to: 'deal,"' }, ['"No deal,"']],
  ])('%s', (_name, selector, expected) => {
    const spans = resolveSelector(TEXT, selector);
    expect(typeof spans === 'string' ? spans : spans.map((s) => TEXT.slice(s.start, s.end))).toEqual(expected);
  });

  it.each([
    ['words not in the text', { text: 'captives' }, 'not found'],
    ['words that occur more than once, with no occurrence', { text: 'Hamas' }, 'occurs 3 times'],
    ['an occurrence beyond the last', { text: 'Hamas', occurrence: 4 }, 'occurrence 4 asked for'],
    ['a last word not after the first', { from: 'deal', to: 'Hamas said the' }, 'not found after'],
  ])('explains %s', (_name, selector, message) => {
    expect(resolveSelector(TEXT, selector)).toContain(message);
  });
});

describe('annotation files', () => {
  it('lays an annotation on its text: every line body unless listed, voice left to the quotations', () => {
    const parsed = parseAnnotation('a.yaml', 'article: a\nsegments:\n  - {kind: headline, line: Talks}\nmarkers:\n  - {id: x/held/hostages, text: hostages}\nquotes:\n  - {kind: direct, text: \'"No deal,"\', speaker: Ismail Haniyeh}\n');
    const a = resolveAnnotation(parsed, `Talks stall\n${TEXT}`);
    expect(a.lines.map((l) => l.kind)).toEqual(['headline', 'body']);
    expect(a.lexicons).toEqual(['x']);
    expect(a.quotes[0]).toMatchObject({ kind: 'direct', speakers: ['haniyeh'] });
  });

  it.each([
    ['a schema violation, with its line and pointer', 'article: a\nquotes:\n  - {kind: quoted, text: x}\n', '/quotes/0/kind', 3],
    ['words that are not in the article', 'article: a\nmarkers:\n  - {id: x/y/z, text: captives}\n', '/markers/0', 3],
    ['a marker id that is not lexicon/referent/variant', 'article: a\nmarkers:\n  - {id: hostages, text: hostages}\n', '/markers/0/id', 3],
    ['a dateline given as a line', 'article: a\nsegments:\n  - {kind: headline, text: Talks}\n', '/segments/0/text', undefined],
  ])('reports %s', (_name, yaml, pointer, line) => {
    const problems = problemsOf(() => resolveAnnotation(parseAnnotation('a.yaml', yaml), `Talks stall\n${TEXT}`));
    expect(problems.map((p) => [p.file, p.pointer])).toContainEqual(['a.yaml', pointer]);
    if (line !== undefined) expect(problems.find((p) => p.pointer === pointer)?.line).toBe(line);
  });
});
