import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotFolder } from '../helpers.js';
import { BASICS, framelens, readJson, tempDir } from './cli.js';

/** Two runs over the same inputs with the same SOURCE_DATE_EPOCH, into two fresh folders. */
function twice(args: string[]): [Record<string, string>, Record<string, string>, string] {
  const outs = [join(tempDir(), 'out'), join(tempDir(), 'out')] as const;
  for (const out of outs) {
    const run = framelens(['report', ...args, '--out', out], { SOURCE_DATE_EPOCH: '1715212800' });
    expect(run.status, run.stderr).toBe(0);
  }
  return [snapshotFolder(outs[0]), snapshotFolder(outs[1]), outs[0]];
}

describe('the same inputs and SOURCE_DATE_EPOCH give byte-identical reports', () => {
  it.each([
    ['the seed corpus', ['seeds', ...BASICS]],
    ['the hostile fixture', ['test/fixtures/hostile', '--lexicon', 'test/fixtures/hostile/lexicon.json']],
  ])('%s: every file, results.json, CSVs and HTML alike', (_name, args) => {
    const [first, second, out] = twice(args);
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['results.json', 'hits.csv', 'outlet-variants.csv', 'outlet-categories.csv', 'articles.csv', 'index.html', 'methodology.html']));
    expect(second).toEqual(first);
    expect(readJson<{ generatedAt: string }>(join(out, 'results.json')).generatedAt).toBe('2024-05-09T00:00:00.000Z');
  });

  it('whatever order the manifest lists the articles in, and with CRLF line endings', () => {
    const dir = tempDir();
    cpSync('test/fixtures/hostile', dir, { recursive: true });
    const manifest = readJson<{ articles: unknown[] }>(join(dir, 'corpus.json'));
    writeFileSync(join(dir, 'corpus.json'), JSON.stringify({ ...manifest, articles: [...manifest.articles].reverse() }).replace(/\n/g, '\r\n'));
    const [original] = twice(['test/fixtures/hostile', '--lexicon', 'test/fixtures/hostile/lexicon.json']);
    const [reordered] = twice([dir, '--lexicon', 'test/fixtures/hostile/lexicon.json']);
    for (const file of ['results.json', 'hits.csv', 'articles.csv', 'articles/hostile-markup.html']) {
      // The corpus path is part of the report (methodology, results.json options), so compare with it named alike.
      expect(reordered[file]?.replaceAll(dir, 'test/fixtures/hostile'), file).toBe(original[file]);
    }
  });
});
