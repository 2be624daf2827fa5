import { describe, expect, it } from 'vitest';
import { framelens } from './cli.js';

interface Target {
  name: string;
  value: number;
  target: number;
  met: boolean;
}

// The gold standard (test/gold/: real articles from outlets and stories the project was not built on, annotated by hand).
describe('accuracy on the gold standard', () => {
  const run = framelens(['evaluate', 'test/gold', '--json']);
  const result = JSON.parse(run.stdout) as { articles: number; targets: Target[] };

  it('evaluates every annotated article', () => {
    expect(run.status).toBe(0);
    expect(result.articles).toBeGreaterThanOrEqual(40);
  });

  it.each(['naming, own voice: precision', 'naming, own voice: recall', 'quotations (30% overlap): precision', 'quotations (30% overlap): recall', 'speaker right', 'voice right', 'furniture lines out of the counts', 'article lines kept'])('meets the target: %s', (name) => {
    const target = result.targets.find((t) => t.name === name);
    expect(target, name).toBeDefined();
    expect((target as Target).value).toBeGreaterThanOrEqual((target as Target).target);
  });
});
