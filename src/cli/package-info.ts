import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The installed package's root: dist/cli/ is two levels below it. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export const DEFAULT_LEXICON_DIR = join(PACKAGE_ROOT, 'lexicons');
export const TEMPLATE_DIR = join(PACKAGE_ROOT, 'templates');
