import { describe, expect, it } from 'vitest';
import { corpusFromJsonl } from '../../src/corpus/from-jsonl.js';
import { problemsOf } from '../helpers.js';

const problems = (text: string) => problemsOf(() => corpusFromJsonl('c.jsonl', text));

describe('corpusFromJsonl', () => {
  it('reads one article per line, skipping blank lines', () => {
    const corpus = corpusFromJsonl('c.jsonl', '{"id":"b","outlet":"B","text":"two"}\n\n{"id":"a","outlet":"A","text":"one","date":"2024-01-02"}\r\n');
    expect(corpus.articles.map((a) => [a.id, a.source])).toEqual([['a', 'c.jsonl:3'], ['b', 'c.jsonl:1']]);
  });

  it('reports every bad line with its number', () => {
    const found = problems('{"id":"a","outlet":"A","text":"x"}\nnot json\n{"id":"b","text":"y"}\n{"id":"a","outlet":"A","text":"z"}\n');
    expect(found.map((p) => [p.line, p.message])).toEqual([
      [2, expect.stringMatching(/^not valid JSON/)],
      [3, 'missing property "outlet"'],
      [4, 'duplicate article id (first on line 1)'],
    ]);
  });

  it('rejects a file with no article', () => {
    expect(problems('\n\n')[0]?.message).toBe('the corpus has no articles');
  });
});
