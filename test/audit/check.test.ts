import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/audit/fix.js';
import { audit, brief, DESK_STYLE, styleOf } from './helpers.js';

const style = styleOf(DESK_STYLE);

// The desk's made-up articles: what each line is for is said beside it.
const TEXT = [
  'Ministry claimed strike hit hospital', // 1 headline: headline-claims
  '',
  'The regime said the air strike was needed.', // 3 own voice: no-regime 3:5, airstrike 3:23
  '"The regime will fall," a protester said.', // 4 quoted: exempt
  'A 😀 note: the so-called regime answered.', // 5 an astral character before: UTF-16 columns count it as two (so-called at 16, not 15)
  'Officials cited the "Zionist entity" statement, saying the Zionist entity lied.', // 6 quoted-too rule sees both
].join('\n');

describe('checkDocument on plain text', () => {
  const result = audit('desk/a.txt', TEXT, style);

  it('finds each rule in its scope, with exact 1-based lines and UTF-16 columns of the file, end exclusive', () => {
    expect(result.findings.map(brief)).toEqual([
      '1:10-1:17 headline-claims "claimed"',
      '3:5-3:11 no-regime "regime"',
      '3:21-3:31 airstrike "air strike"',
      '5:16-5:25 body-so-called "so-called"',
      '5:26-5:32 no-regime "regime"',
      '6:22-6:36 zionist-anywhere "Zionist entity"',
      '6:60-6:74 zionist-anywhere "Zionist entity"',
    ]);
  });

  it('leaves quoted words alone unless the rule says so', () => {
    expect(result.findings.filter((f) => f.start.line === 4)).toEqual([]);
    expect(result.findings.filter((f) => f.rule === 'zionist-anywhere').map((f) => f.voice)).toEqual(['quoted', 'own']);
  });

  it('fills the message and gives suggestions in the case of the match', () => {
    const regime = result.findings.find((f) => f.rule === 'no-regime');
    expect(regime).toMatchObject({ message: 'Write "Israeli government", not "regime"', suggestions: ['Israeli government'], level: 'error' });
    const capital = audit('b.txt', 'Intro line here.\n\nRegime officials met.', style).findings[0];
    expect(capital?.suggestions).toEqual(['Israeli government']);
  });

  it('counts own words and each rule in its scope for the scorecard', () => {
    expect(result.counts.get('no-regime')).toBe(2);
    expect(result.counts.get('hedges')).toBe(0);
    expect(result.ownWords).toBeGreaterThan(20);
  });

  it('reports an aggregate rule once, at the first match past its limit', () => {
    const text = 'Intro.\n\nIt was reportedly hit. Aid reportedly stalled. Fuel was reportedly short, officials reportedly said.';
    const [finding, ...rest] = audit('c.txt', text, style).findings;
    expect(rest).toEqual([]);
    expect(finding?.rule).toBe('hedges');
    // 15 own words allow floor(50 × 15 / 1000) = 0 hedges: the first is already one too many.
    expect(finding?.message).toBe('4 hedges in 15 words (266.7 per 1,000; at most 50)');
    expect(brief(finding!)).toBe('3:8-3:18 hedges "reportedly"');
  });
});

const MARKDOWN = [
  '---',
  'title: Ministry claimed strike hit hospital',
  'date: 2024-05-09',
  '---',
  '',
  'The *regime* said the [air strike](https://x.example) was needed,',
  'and the regime &amp; its army said so twice.',
  '',
  '> The regime will fall, a protester said.',
  '',
  '<!-- framelens-disable-next-line no-regime -- quoting the court -->',
  'The court called it a regime.',
  '',
  '<!-- framelens-disable airstrike -->',
  'Another air strike followed.',
  '<!-- framelens-enable -->',
  'A last air strike.',
  '',
  '<!-- framelens-disable-next-line no-such-rule -->',
  'Nothing here.',
].join('\r\n');

describe('checkDocument on Markdown', () => {
  const result = audit('desk/a.md', MARKDOWN, style, true);

  it('maps findings back to the Markdown file, front matter included; block quotations are quoted voice', () => {
    expect(result.findings.map(brief)).toEqual([
      '2:17-2:24 headline-claims "claimed"',
      '6:6-6:12 no-regime "regime"',
      '6:24-6:34 airstrike "air strike"',
      '7:9-7:15 no-regime "regime"',
      '12:23-12:29 no-regime "regime" [suppressed]',
      '15:9-15:19 airstrike "air strike" [suppressed]',
      '17:8-17:18 airstrike "air strike"',
      '19:1-19:50 unknown-rule "<!-- framelens-disable-next-line no-such-rule -->"',
      '19:1-19:50 unused-disable "<!-- framelens-disable-next-line no-such-rule -->"',
    ]);
  });

  it('reports comments that suppress nothing only when asked', () => {
    const quiet = audit('desk/a.md', MARKDOWN, style, false);
    expect(quiet.findings.map((f) => f.rule)).not.toContain('unused-disable');
    expect(quiet.findings.map((f) => f.rule)).toContain('unknown-rule');
  });

  it('offers a fix only where the file holds the words as matched, outside front matter', () => {
    const fixable = result.findings.filter((f) => f.fix).map((f) => `${f.start.line}:${f.start.column}`);
    expect(fixable).toEqual(['6:6', '6:24', '7:9', '12:23', '15:9', '17:8']);
  });
});

describe('--fix', () => {
  it('replaces own-voice matches and never touches a quotation', () => {
    const text = 'Intro line.\n\nThe regime said "the regime is strong" and the regime left.\n\n> The regime in a block quotation.\n';
    const result = audit('q.md', text, style);
    const fixed = applyFixes(text, result.findings);
    expect(fixed.applied).toBe(2);
    expect(fixed.source).toBe('Intro line.\n\nThe Israeli government said "the regime is strong" and the Israeli government left.\n\n> The regime in a block quotation.\n');
  });

  it('leaves suppressed findings as they are', () => {
    const text = 'Intro line.\n\n<!-- framelens-disable-next-line -->\nThe regime said so.\n';
    expect(applyFixes(text, audit('s.md', text, style).findings)).toEqual({ source: text, applied: 0 });
  });
});
