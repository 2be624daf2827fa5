import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASICS, corpusFolder, framelens, readHits, readQuotes, tempDir } from './cli.js';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('report on a Markdown corpus', () => {
  it('reads front matter for the outlet and date, and a block quotation as quoted voice', () => {
    const dir = corpusFolder({
      'corpus.yaml': 'articles:\n  - file: desk.md\n  - file: wire.md\n    outlet: Wire Agency\n',
      'desk.md': '---\ntitle: Talks stall\noutlet: Desk Daily\ndate: 2024-05-09\n---\n\nThe regime said talks had stalled.\n\n> The regime will fall, a protester said.\n\n```\nregime in code is not prose\n```\n',
      'wire.md': '---\noutlet: Ignored Outlet\n---\n# Wire headline\n\nOfficials said the *regime* had agreed.\n',
    });
    const out = tempDir();
    temps.push(dir, out);
    const run = framelens(['report', dir, ...BASICS, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const regime = readHits(out).filter((h) => h.text === 'regime').map((h) => `${h.articleId} ${h.voice} ${h.segment}`);
    expect(regime).toEqual(['desk narrator lede', 'desk quoted body', 'wire narrator lede']);
    expect(readQuotes(out).filter((q) => q.articleId === 'desk').map((q) => q.kind)).toEqual(['block']);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('Desk Daily');
    expect(index).toContain('Wire Agency');
    expect(index).not.toContain('Ignored Outlet');
  });
});
