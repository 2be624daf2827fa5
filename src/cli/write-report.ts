import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ReportFile } from '../report/meta.js';

/** Lists the files framelens wrote into a folder, so a later run can replace them and touch nothing else. */
export const MARKER_FILE = '.framelens-report.json';

function previousFiles(outDir: string): string[] {
  try {
    const marker = JSON.parse(readFileSync(join(outDir, MARKER_FILE), 'utf8')) as { files?: unknown };
    return Array.isArray(marker.files) ? marker.files.filter((f): f is string => typeof f === 'string' && !f.includes('..')) : [];
  } catch {
    return [];
  }
}

/**
 * Writes a rendered report: every file is first written to a staging folder
 * beside the output folder, then each is renamed into place. Files of an
 * earlier report that the new one lacks are removed; any other file in the
 * folder (a README, the user's own) is left alone.
 */
export function writeReport(outDir: string, files: ReportFile[]): void {
  mkdirSync(outDir, { recursive: true });
  const staging = join(dirname(outDir), `.framelens-tmp-${basename(outDir)}-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const file of files) {
      const path = join(staging, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
    const names = files.map((f) => f.path);
    writeFileSync(join(staging, MARKER_FILE), `${JSON.stringify({ generator: 'framelens', files: names }, null, 2)}\n`);
    const stale = previousFiles(outDir).filter((f) => !names.includes(f));
    for (const name of [...names, MARKER_FILE]) {
      mkdirSync(dirname(join(outDir, name)), { recursive: true });
      renameSync(join(staging, name), join(outDir, name));
    }
    for (const name of stale) if (existsSync(join(outDir, name))) rmSync(join(outDir, name));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
