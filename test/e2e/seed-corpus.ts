import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { framelens, readJson, tempDir, type CliRun } from './cli.js';

const manifest = readJson<{ articles: { id: string; file: string }[] }>('seeds/corpus.json');

/** Each seed article's text by id, as the CLI reads it. */
export const seedTexts = new Map(manifest.articles.map((a) => [a.id, readFileSync(join('seeds', a.file), 'utf8')]));

export const SEED_ID = { anadolu: 'anadolu-2024-02-12', presstv: 'presstv-2024-05-09', dailywrap: 'dailywrap-2024-05-07', shafaq: 'shafaq-2024-05-09', arn: 'arn-2024-05-09' };

/** Runs `framelens report seeds` into a new folder, checks it succeeded quietly, and returns the folder, the run and results.json. */
export function reportOnSeeds<T>(): { out: string; run: CliRun; results: T } {
  const out = tempDir();
  const run = framelens(['report', 'seeds', '--out', out], { SOURCE_DATE_EPOCH: '0' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return { out, run, results: readJson<T>(join(out, 'results.json')) };
}
