import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/report/word-diff.js';

const marked = (text: string, reference: string): string => wordDiff(text, reference).map((p) => (p.differs ? `[${p.text}]` : p.text)).join('');

describe('wordDiff', () => {
  it.each([
    ['a changed word (Shafaq against ARN)', '"just doesn\'t align with the facts,"', '"just doesn’t comport with the facts."', '"just doesn\'t [align] with the facts,"'],
    ['case, apostrophes and punctuation do not count as differences', 'And it’s one we hope they DON’T.', '"And it\'s one we hope they don\'t."', 'And it’s one we hope they DON’T.'],
    ['added words', 'Smashing into Rafah, in his view, will not work', 'Smashing into Rafah will not work', 'Smashing into Rafah, [in] [his] [view], will not work'],
  ])('%s', (_name, text, reference, expected) => {
    expect(marked(text, reference)).toBe(expected);
  });

  it('loses no character of the text', () => {
    const text = '  “Our view is…” — Kirby, 2024 ';
    expect(wordDiff(text, 'nothing alike').map((p) => p.text).join('')).toBe(text);
  });
});
