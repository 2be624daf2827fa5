import { describe, expect, it } from 'vitest';
import { markedQuotes } from '../../src/structure/quote-marks.js';

/** The quotations of a one-paragraph text, as the quoted strings (marks included), `…!` marking an unclosed one. */
function quoted(text: string): string[] {
  return markedQuotes(text, 0, text.length).map((q) => text.slice(q.start, q.end) + (q.unclosed ? '…!' : ''));
}

describe('markedQuotes', () => {
  it.each([
    ['straight marks', 'He said "we will not go in," and left.', ['"we will not go in,"']],
    ['curly marks', 'He said “we will not go in,” and left.', ['“we will not go in,”']],
    ['a curly opening closed by a straight mark (Anadolu)', 'Civilians “left the north. So Israel must protect (them)," he added.', ['“left the north. So Israel must protect (them),"']],
    ['straight marks nested in straight marks (Shafaq)', '"The President believes that "smashing into Rafah," as it is feared, will not work," Kirby said.', ['"The President believes that "smashing into Rafah," as it is feared, will not work,"']],
    ['single marks nested in double marks', '"He told me ‘never again’ twice," she said.', ['"He told me ‘never again’ twice,"']],
    ['a single-quote quotation', "The minister called it 'a disgrace' on Monday.", ["'a disgrace'"]],
    ['two quotations in one paragraph', '"One," he said. "Two."', ['"One,"', '"Two."']],
    ['apostrophes are not marks', "We don't think Hamas’ leaders or the Israelis' plans are it, he said.", []],
    ['an apostrophe inside a quotation', '"We don\'t want Israel’s war," he said.', ['"We don\'t want Israel’s war,"']],
    ['a stray closing mark', 'The screen was 5” wide and that is all.', []],
    ['a single quotation never closed is an apostrophe', "Rock 'n roll and the '90s were loud.", []],
    ['a double quotation never closed runs to the end of the paragraph', 'He said "we will not go in and then left.', ['"we will not go in and then left.…!']],
    ['no marks at all', 'Nothing is quoted here.', []],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('never crashes and keeps quotations inside the paragraph and apart, whatever the marks', () => {
    const marks = ['"', "'", '“', '”', '‘', '’', ' ', 'a', '.'];
    for (let seed = 1; seed < 400; seed++) {
      let text = '';
      for (let i = 0, x = seed; i < 12; i++, x = (x * 7919 + 13) % 104729) text += marks[x % marks.length];
      const quotes = markedQuotes(text, 0, text.length);
      quotes.forEach((q, i) => {
        expect(q.start).toBeGreaterThanOrEqual(0);
        expect(q.end).toBeLessThanOrEqual(text.length);
        expect(q.start).toBeLessThan(q.end);
        if (i > 0) expect(q.start).toBeGreaterThanOrEqual((quotes[i - 1] as { end: number }).end);
      });
    }
  });
});
