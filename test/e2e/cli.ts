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
