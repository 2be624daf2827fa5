import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText, tokenList } from '../../src/nlp/tokenize.js';

const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt'));

describe('analyzeText', () => {
  it.each(seeds)('keeps exact character offsets for every token of %s', (file) => {
    const text = readFileSync(`seeds/${file}`, 'utf8');
    const analyzed = analyzeText(text);
    const { sentences } = analyzed;
    const tokens = tokenList(analyzed);
    expect(tokens.length).toBeGreaterThan(300);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const s of sentences) {
      expect(s.start).toBe(tokens[s.firstToken]?.start);
      expect(s.end).toBe(tokens[s.endToken - 1]?.end);
    }
  });

  it('splits fused possessives itself, whatever wink did', () => {
    const tokens = tokenList(analyzeText('not Israel’s,” he said. Israel’s army and Hamas\'s men.'));
    const words = tokens.filter((t) => t.kind !== 'linebreak').map((t) => t.text);
    expect(words.filter((w) => w === 'Israel')).toHaveLength(2);
    expect(words).toContain('’s');
    expect(words).toContain("'s");
    expect(words.some((w) => /.’s$|.'s$/.test(w))).toBe(false);
  });

  it('normalises apostrophes, dashes and case for matching', () => {
    const tokens = tokenList(analyzeText('Al–Aqsa regime’s HOSTAGES'));
    expect(tokens.map((t) => t.norm)).toEqual(['al', '-', 'aqsa', 'regime', "'s", 'hostages']);
  });

  it('tags Israeli as a proper noun (so POS rules must not expect ADJ)', () => {
    const tokens = tokenList(analyzeText('The Israeli army advanced.'));
    expect(tokens.find((t) => t.text === 'Israeli')?.pos).toBe('PROPN');
  });
});
