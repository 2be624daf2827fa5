/**
 * The phrase syntax of lexicon patterns. A plain phrase stays a plain phrase;
 * a few marks add what a word list cannot say:
 *
 *   genocid*          a word beginning with "genocid" (prefix wildcard, at a word's end only)
 *   (so-called)? regime   an optional part; (a|b)? an optional choice
 *   {Hamas|Hamās} fighters   alternatives (each may be several words)
 *   [ADJ|PROPN] war   one word whose part of speech is one of these (Universal POS tags)
 *   =IDF              a word matched with its case as written
 *   offensive ~3 Rafah   up to 3 words between (proximity); a bare ~ is anywhere later in the same sentence
 *   \(  \*  \=  \~     a mark taken literally
 *
 * There are no regular expressions: every pattern expands into a bounded set
 * of token paths that go into the matcher's trie, so matching stays linear in
 * the text whatever a lexicon contains.
 */

/** One element of a parsed pattern; `at` is its 0-based position in the pattern string. */
export type PatternElement =
  | { kind: 'text'; text: string; at: number }
  | { kind: 'cased'; text: string; at: number }
  | { kind: 'prefix'; prefix: string; at: number }
  | { kind: 'pos'; tags: string[]; at: number }
  | { kind: 'gap'; max: number; at: number }
  | { kind: 'optional'; options: PatternElement[][]; at: number }
  | { kind: 'choice'; options: PatternElement[][]; at: number };

/** A pattern element that stands for tokens; what a path through a pattern is made of. */
export type PatternStep = Extract<PatternElement, { kind: 'text' | 'cased' | 'prefix' | 'pos' | 'gap' }>;

/** Universal POS tags, as wink-nlp assigns them. */
export const POS_TAGS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'];

/**
 * A pattern may expand into at most this many phrases: enough for a rule
 * such as `Israeli {strike|airstrike|air strike} {on|in} {Gaza|Rafah|…}`,
 * too few to blow up the trie. Matching costs the same whatever the number
 * of phrases (the trie is walked by map lookups); this bounds memory and
 * compile time, with MAX_TOTAL_EXPANSION over all the patterns of a run.
 */
export const MAX_EXPANSION = 1024;

/** Groups and alternatives may nest this deep: enough for any real pattern, and far from the stack's limit. */
export const MAX_NESTING = 12;

/** The most words a `~n` gap may skip; a bare `~` (same sentence) skips at most MAX_SENTENCE_GAP. */
export const MAX_GAP = 10;
export const MAX_SENTENCE_GAP = 30;
/** A path may hold at most this many gaps, so a gap pattern costs a bounded number of steps at each word. */
export const MAX_GAPS = 2;

/** A prefix wildcard needs a few letters, or it would match almost every word. */
export const MIN_PREFIX = 2;

export class PatternSyntaxError extends Error {
  constructor(
    readonly position: number,
    message: string,
    readonly expected: string,
  ) {
    super(message);
    this.name = 'PatternSyntaxError';
  }
}

const MARKS = '(){}[]|?*=~\\';

/** A word with every mark of the syntax escaped but `*`, which keeps its meaning (a prefix wildcard at a word's end; anywhere else, an error). */
export function escapeMarks(word: string): string {
  let escaped = '';
  for (const c of word) escaped += c !== '*' && MARKS.includes(c) ? `\\${c}` : c;
  return escaped;
}

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly source: string) {}

  parse(): PatternElement[] {
    const body = this.sequence();
    if (this.i < this.source.length) this.fail(`unexpected "${this.peek()}"`, 'a word, or one of ( { [ = to start a part');
    if (body.length === 0) this.fail('pattern is empty', 'at least one word');
    return body;
  }

  private peek(): string {
    return this.source.charAt(this.i);
  }

  private fail(message: string, expected: string, at = this.i): never {
    throw new PatternSyntaxError(at, message, expected);
  }

  private skipSpace(): void {
    while (/\s/.test(this.peek()) && this.i < this.source.length) this.i++;
  }

  /** Elements up to the end, or up to a `)`, `|` or `}` that the caller consumes. */
  private sequence(): PatternElement[] {
    const elements: PatternElement[] = [];
    for (;;) {
      this.skipSpace();
      const c = this.peek();
      if (this.i >= this.source.length || c === ')' || c === '|' || c === '}') return elements;
      elements.push(this.element());
    }
  }

  private element(): PatternElement {
    const at = this.i;
    const c = this.peek();
    if (c === '(' || c === '{') this.enter(at);
    if (c === '~') {
      this.i++;
      let digits = '';
      while (/[0-9]/.test(this.peek())) digits += this.source.charAt(this.i++);
      if (this.i < this.source.length && !/\s/.test(this.peek())) this.fail('"~" must stand alone', `a space after "~" or "~n" (n from 1 to ${MAX_GAP})`);
      const max = digits === '' ? MAX_SENTENCE_GAP : Number(digits);
      if (digits !== '' && (max < 1 || max > MAX_GAP)) this.fail(`"~${digits}" is out of range`, `"~n" with n from 1 to ${MAX_GAP}, or "~" for anywhere in the same sentence`, at);
      return { kind: 'gap', max, at };
    }
    if (c === '(') {
      this.i++;
      const options = this.alternatives(')', at, 'a ")" followed by "?"');
      this.depth--;
      if (this.peek() !== '?') this.fail('a group must be optional', '"?" right after ")": (words)?');
      this.i++;
      return { kind: 'optional', options, at };
    }
    if (c === '{') {
      this.i++;
      const options = this.alternatives('}', at, 'a "}" ending the alternatives');
      this.depth--;
      if (options.length < 2) this.fail('only one alternative', 'two or more alternatives separated by "|": {a|b}', at);
      return { kind: 'choice', options, at };
    }
    if (c === '[') return this.posSlot();
    if (c === '=') {
      this.i++;
      const word = this.word();
      if (word.text === '') this.fail('"=" must be followed by a word', 'a word matched with its case, e.g. =IDF');
      if (word.star) this.fail('a case-sensitive word cannot be a prefix', 'either =Word or word*', at);
      return { kind: 'cased', text: word.text, at };
    }
    if (c === '?' || c === '*' || c === ']') this.fail(`"${c}" cannot start a word`, 'a word before "*", or "\\" before a literal mark');
    const word = this.word();
    if (word.star) {
      if (!/^[\p{L}\p{N}'\u2019]+$/u.test(word.text) || word.text.replace(/['\u2019]/g, '').length < MIN_PREFIX) {
        this.fail(`"${word.text}*" is not a word prefix`, `at least ${MIN_PREFIX} letters or digits before "*", e.g. genocid*`, at);
      }
      return { kind: 'prefix', prefix: word.text, at };
    }
    return { kind: 'text', text: word.text, at };
  }

  /** One level deeper into groups; nesting is bounded so that no pattern can exhaust the stack. */
  private enter(at: number): void {
    if (++this.depth > MAX_NESTING) this.fail(`groups nested more than ${MAX_NESTING} deep`, `at most ${MAX_NESTING} levels of ( ) and { }: write several patterns instead`, at);
  }

  /** `a b|c|d` up to and including `close`; none may be empty. */
  private alternatives(close: string, at: number, expectedClose: string): PatternElement[][] {
    const options: PatternElement[][] = [];
    for (;;) {
      const option = this.sequence();
      if (option.length === 0) this.fail('empty alternative', `a word before "|" or "${close}"`);
      options.push(option);
      if (this.peek() === '|') {
        this.i++;
        continue;
      }
      if (this.peek() !== close) this.fail(`"${close === ')' ? '(' : '{'}" is not closed`, expectedClose, at);
      this.i++;
      return options;
    }
  }

  private posSlot(): PatternElement {
    const at = this.i;
    const close = this.source.indexOf(']', at);
    if (close < 0) this.fail('"[" is not closed', 'a "]" ending the part-of-speech tags, e.g. [ADJ|PROPN]');
    const tags = this.source.slice(at + 1, close).split('|').map((t) => t.trim());
    for (const tag of tags) {
      if (!POS_TAGS.includes(tag)) this.fail(`unknown part-of-speech tag "${tag}"`, `tags among ${POS_TAGS.join(', ')}, separated by "|"`, at + 1);
    }
    this.i = close + 1;
    return { kind: 'pos', tags, at };
  }

  /** A run of word characters, with `\` escapes; a trailing unescaped `*` makes it a prefix. */
  private word(): { text: string; star: boolean } {
    let text = '';
    while (this.i < this.source.length) {
      const c = this.peek();
      if (c === '\\') {
        const next = this.source.charAt(this.i + 1);
        if (next === '') this.fail('"\\" at the end of the pattern', 'a mark to take literally after "\\"');
        text += next;
        this.i += 2;
        continue;
      }
      if (/\s/.test(c) || MARKS.includes(c)) break;
      text += c;
      this.i++;
    }
    if (this.peek() === '*') {
      this.i++;
      if (this.i < this.source.length && !/[\s)|}]/.test(this.peek())) this.fail('"*" only at the end of a word', 'a space or the end of the pattern after "*"');
      return { text, star: true };
    }
    return { text, star: false };
  }
}

export function parsePattern(source: string): PatternElement[] {
  return new Parser(source).parse();
}

/** True when the pattern uses none of the marks: then it is read exactly as before the syntax existed. */
export function isPlainPhrase(source: string): boolean {
  return ![...MARKS].some((m) => source.includes(m));
}

/**
 * Every path a pattern stands for. Neighbouring text steps are joined so a
 * path's words are tokenised together, as they would be in an article.
 * Throws a PatternSyntaxError at position 0 when the pattern expands too far.
 */
export function expandPattern(elements: PatternElement[]): PatternStep[][] {
  const paths = expandSequence(elements).map(joinText);
  for (const path of paths) checkGaps(path, elements[0]?.at ?? 0);
  return paths;
}

function expandSequence(elements: PatternElement[]): PatternStep[][] {
  let paths: PatternStep[][] = [[]];
  for (const element of elements) {
    const tails = element.kind === 'optional' ? [[], ...element.options.flatMap(expandSequence)] : element.kind === 'choice' ? element.options.flatMap(expandSequence) : [[element]];
    if (paths.length * tails.length > MAX_EXPANSION) {
      throw new PatternSyntaxError(element.at, `pattern expands to more than ${MAX_EXPANSION} phrases`, `fewer optional parts or alternatives (at most ${MAX_EXPANSION} phrases), or several patterns`);
    }
    paths = paths.flatMap((path) => tails.map((tail) => [...path, ...tail]));
  }
  return paths;
}

/** A gap stands between two words: never first, last or next to another gap, and at most MAX_GAPS in a phrase. */
function checkGaps(path: PatternStep[], at: number): void {
  const gaps = path.filter((s) => s.kind === 'gap');
  if (gaps.length === 0) return;
  const where = (gaps[0] as { at: number }).at ?? at;
  if (gaps.length > MAX_GAPS) throw new PatternSyntaxError(where, `more than ${MAX_GAPS} "~" gaps in one phrase`, `at most ${MAX_GAPS} gaps, so that matching stays fast`);
  path.forEach((s, i) => {
    if (s.kind !== 'gap') return;
    if (i === 0 || i === path.length - 1) throw new PatternSyntaxError(s.at, '"~" at the edge of a phrase', 'a word before and after "~": offensive ~3 Rafah');
    if (path[i - 1]?.kind === 'gap') throw new PatternSyntaxError(s.at, 'two "~" gaps in a row', 'one gap between two words');
  });
}

function joinText(path: PatternStep[]): PatternStep[] {
  const joined: PatternStep[] = [];
  for (const step of path) {
    const last = joined[joined.length - 1];
    if (step.kind === 'text' && last?.kind === 'text') joined[joined.length - 1] = { ...last, text: `${last.text} ${step.text}` };
    else joined.push(step);
  }
  return joined;
}
