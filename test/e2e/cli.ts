import { parse } from 'csv-parse/sync';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../temp.js';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, from the repository root. */
export function framelens(args: string[], env: Record<string, string> = {}): CliRun {
  const run = spawnSync(process.execPath, ['dist/cli/bin.js', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export { tempDir } from '../temp.js';

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** A corpus folder holding the given files; `corpus.json` or `corpus.yaml` among them is its manifest. */
export function corpusFolder(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('framelens-corpus-');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** The lexicon fixture most tests use, as command-line arguments. */
export const BASICS = ['--lexicon', 'test/fixtures/lexicons/basics.json'];

/** The rows of one of a report's CSV files, as objects keyed by the header. */
export function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true }) as Record<string, string>[];
}

/** A report's hits (hits.csv, where per-hit detail lives), typed as results.json once held them. */
export function readHits(out: string): { articleId: string; outlet: string; id: string; start: number; end: number; text: string; lexicon: string; referent: string; variant: string; category: string; sentence: number; voice: string; speaker: string | null; segment: string }[] {
  return readCsv(join(out, 'hits.csv')).map((r) => ({
    articleId: r.article_id as string,
    outlet: r.outlet as string,
    id: r.hit_id as string,
    start: Number(r.start),
    end: Number(r.end),
    text: r.matched_text as string,
    lexicon: r.lexicon as string,
    referent: r.referent as string,
    variant: r.variant as string,
    category: r.category as string,
    sentence: Number(r.sentence),
    voice: r.voice as string,
    speaker: r.speaker === '' ? null : (r.speaker as string),
    segment: r.segment as string,
  }));
}

/** A report's quotations (quotes.csv). */
export function readQuotes(out: string): { articleId: string; start: number; end: number; speaker: string | null; kind: string; attribution: string; unclosed: boolean }[] {
  return readCsv(join(out, 'quotes.csv')).map((r) => ({
    articleId: r.article_id as string,
    start: Number(r.start),
    end: Number(r.end),
    speaker: r.speaker === '' ? null : (r.speaker as string),
    kind: r.kind as string,
    attribution: r.attribution as string,
    unclosed: r.unclosed === '1',
  }));
}

/** A report's segments (segments.csv). */
export function readSegments(out: string): { articleId: string; start: number; end: number; kind: string }[] {
  return readCsv(join(out, 'segments.csv')).map((r) => ({ articleId: r.article_id as string, start: Number(r.start), end: Number(r.end), kind: r.kind as string }));
}
