import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemsOf } from '../helpers.js';
import { checkLexiconSet, loadLexicon } from '../../src/lexicon/load.js';
import { compileLexicons } from '../../src/tag/compile.js';

const base = JSON.parse(readFileSync('test/fixtures/lexicons/basics.json', 'utf8')) as Record<string, unknown>;


/** Just enough of a lexicon's shape to edit one field in a test. */
interface Editable {
  referents: { id: string; variants: Record<string, unknown>[] }[];
}

function variant(l: Editable, r: number, v: number): Record<string, unknown> {
  return l.referents[r]?.variants[v] as Record<string, unknown>;
}

function withChange(change: (lexicon: Editable) => void): string {
  const copy = structuredClone(base) as unknown as Editable;
  change(copy);
  return JSON.stringify(copy, null, 2);
}

describe('loadLexicon', () => {
  it('loads a valid lexicon and fingerprints the file', () => {
    const loaded = loadLexicon('basics.json', JSON.stringify(base));
    expect(loaded.lexicon.id).toBe('basics');
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['a missing field', (l: Editable) => delete variant(l, 0, 0).explanation, '/referents/0/variants/0', 'missing property "explanation"'],
    ['a bad id', (l: Editable) => (variant(l, 1, 0).id = 'Israeli War'), '/referents/1/variants/0/id', 'value has the wrong form'],
    ['an unknown property', (l: Editable) => (variant(l, 0, 0).pattern = ['x']), '/referents/0/variants/0/pattern', 'unknown property "pattern"'],
    ['a wrong type', (l: Editable) => (variant(l, 0, 0).patterns = 'regime'), '/referents/0/variants/0/patterns', 'wrong type'],
    ['an unknown category', (l: Editable) => (variant(l, 0, 0).category = 'propaganda'), '/referents/0/variants/0/category', 'unknown category'],
    ['a duplicate variant id', (l: Editable) => (variant(l, 0, 1).id = 'regime'), '/referents/0/variants/1/id', 'duplicate variant id in referent "israel-state"'],
    ['a duplicate referent id', (l: Editable) => ((l.referents[1] as { id: string }).id = 'israel-state'), '/referents/1/id', 'duplicate referent id'],
  ])('reports %s with its pointer and line', (_name, change, pointer, message) => {
    const text = withChange(change);
    const [problem] = problemsOf(() => loadLexicon('lex.json', text));
    expect(problem).toMatchObject({ file: 'lex.json', pointer, message });
    expect(problem?.line).toBeGreaterThan(1);
    expect(problem?.expected).toBeTruthy();
  });

  it('reports malformed JSON with line and column', () => {
    const [problem] = problemsOf(() => loadLexicon('lex.json', '{\n  "id": "x",\n  "version" "1.0.0"\n}'));
    expect(problem).toMatchObject({ line: 3, column: 13 });
  });

  it('rejects a pattern with no words', () => {
    const [problem] = problemsOf(() => compileLexicons([loadLexicon('lex.json', withChange((l) => (variant(l, 0, 0).patterns = ['“ — ”'])))]));
    expect(problem).toMatchObject({ pointer: '/referents/0/variants/0/patterns/0', message: 'pattern has no words to match' });
  });

  it('rejects two lexicons with one id in a run', () => {
    const one = loadLexicon('a.json', JSON.stringify(base));
    const two = loadLexicon('b.json', JSON.stringify(base));
    expect(problemsOf(() => checkLexiconSet([one, two]))[0]).toMatchObject({ file: 'b.json', value: 'basics' });
  });
});
