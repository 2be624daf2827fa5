import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/*
 * Temporary folders for tests, removed when the test file is done. Each test
 * file runs in its own process and loads this module afresh, so the hook
 * below is registered once for every file that makes a folder here.
 */
const made: string[] = [];

// Generous: a large-input test leaves reports of tens of thousands of files, and CI machines may be busy.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}, 180_000);

/** A new empty folder under the system's temporary folder; it is removed after the test file. */
export function tempDir(prefix = 'framelens-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
