import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkStyleExamples } from '../../src/audit/examples.js';
import { formatProblem } from '../../src/errors.js';
import { problemsOf } from '../helpers.js';
import { styleOf } from './helpers.js';

const rule = (fields: string): string => `rules:\n  - id: r\n    level: error\n    message: m\n${fields}`;

describe('style files', () => {
  it('loads the sample style, and its examples pass', () => {
    const compiled = styleOf(readFileSync('examples/style.yaml', 'utf8'), 'examples/style.yaml');
    expect(compiled.style.rules.map((r) => r.id)).toContain('no-regime');
    const report = checkStyleExamples(compiled);
    expect(report.failures).toEqual([]);
    expect(report.checked).toBeGreaterThan(10);
  });

  it.each([
    ['a schema violation, with line and pointer', 'rules:\n  - id: Bad Id\n    level: fatal\n    message: m\n    variants: [israel-gaza/israel-state/regime]\n', ['style.yaml:2:9: value has the wrong form; at /rules/0/id', 'style.yaml:3:12: value not allowed; at /rules/0/level; got "fatal"; expected one of "suggestion", "warning", "error"']],
    ['a rule with nothing to match', rule(''), ['style.yaml:2:5: rule "r" has nothing to match; at /rules/0']],
    ['an unknown variant id, with the variants of that referent', rule('    variants: [israel-gaza/israel-state/regimes]\n'), ['style.yaml:5:16: no such lexicon variant in the lexicons in use; at /rules/0/variants/0; got "israel-gaza/israel-state/regimes"; expected one of israel-gaza/israel-state/israel,']],
    ['an unknown placeholder', rule('    patterns: [x]\n').replace('message: m', 'message: "no {matched}"'), ['style.yaml:4:14: unknown placeholder {matched} in the message']],
    ['a limit placeholder without a limit', rule('    patterns: [x]\n').replace('message: m', 'message: "{count} times"'), ['style.yaml:4:14: {count} means something only in a rule with a "limit"']],
    ['a pattern syntax error, placed in the style file', rule('    patterns: ["{air|strike"]\n'), ['style.yaml:5:16: pattern syntax:']],
    ['two rules with one id', 'rules:\n  - {id: a, level: error, message: m, patterns: [x]}\n  - {id: a, level: error, message: m, patterns: [y]}\n', ['style.yaml:3:10: duplicate rule id (also /rules/0); at /rules/1/id']],
  ])('refuses %s', (_name, yaml, expected) => {
    const messages = problemsOf(() => styleOf(yaml)).map(formatProblem);
    expect(messages).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(messages[i]).toContain(e));
  });

  describe('a hostile style file is refused with a clear error', () => {
    it.each([
      ['a terminal escape sequence in a message', rule('    patterns: [x]\n').replace('message: m', 'message: "\\e[2J\\e]0;pwned\\a gotcha"'), 'at /rules/0/message', 'no control characters'],
      ['a javascript: link', rule('    patterns: [x]\n    link: "javascript:alert(1)"\n'), 'at /rules/0/link', 'http(s) address'],
      ['a YAML alias bomb', `a: &a ["x","x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n${rule('    patterns: [x]\n')}`, 'YAML refused', 'at most 100 alias expansions'],
      ['a pattern that expands past the cap', rule(`    patterns: ["${'{a|b|c|d|e|f|g|h|i|j} '.repeat(8)}x"]\n`), 'pattern syntax', 'phrases'],
      ['a prototype-polluting key', rule('    patterns: [x]\n    __proto__: {polluted: true}\n'), 'unknown property "__proto__"', 'no such property'],
    ])('%s', (_name, yaml, message, expected) => {
      const text = problemsOf(() => styleOf(yaml)).map(formatProblem).join('\n');
      expect(text).toContain(message);
      expect(text).toContain(expected);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  it('tests examples in the rule scope: a quoted example is not flagged by an own-voice rule', () => {
    const compiled = styleOf(rule('    variants: [israel-gaza/israel-state/regime]\n    examples:\n      match: [\'"The regime lies," he said.\']\n      noMatch: ["The regime lies."]\n'));
    const report = checkStyleExamples(compiled);
    expect(report.failures.map((f) => `${f.id} ${f.expected}`)).toEqual(['r match', 'r no match']);
  });
});
