import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { auditDocument, type AuditDocument } from '../audit/document.js';
import { decodeText } from '../corpus/decode.js';
import { UserInputError, type Problem } from '../errors.js';
import { displayPath } from './display-path.js';
import { attempt, listUserFolder, readUserFile, statUserPath } from './read-file.js';

const AUDITED = /\.(txt|md|markdown)$/i;
const HTML = /\.html?(\.gz)?$/i;
const AN_INPUT = 'a .txt or .md file, a folder of them, a glob such as "desk/**/*.md", or - for standard input';

/** Where each article to audit comes from: a file path, or standard input under a name. */
export interface AuditInput {
  /** The path to read, or undefined for standard input. */
  path?: string;
  /** How findings name it. */
  file: string;
}

function refuseHtml(shown: string): Problem {
  return {
    file: shown,
    message: 'HTML is not yet supported by audit',
    expected: 'a .txt or .md file; save the article as Markdown or plain text (framelens reads HTML pages once its HTML reader is in place)',
  };
}

/** The .txt and .md files below a folder, in name order; dot folders, node_modules and README.md files are not articles. */
function walk(dir: string, out: string[]): void {
  const shown = displayPath(dir);
  for (const entry of listUserFolder(dir, shown, AN_INPUT).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && AUDITED.test(entry.name) && entry.name.toLowerCase() !== 'readme.md') out.push(path);
  }
}

/** Files, folders and globs as the user named them, expanded to files; `-` is standard input. Every problem at once. */
export function auditInputs(args: string[], stdinName: string | undefined): AuditInput[] {
  const problems: Problem[] = [];
  const inputs: AuditInput[] = [];
  const seen = new Set<string>();
  const add = (path: string): void => {
    const full = resolve(path);
    if (seen.has(full)) return;
    seen.add(full);
    inputs.push({ path: full, file: displayPath(full) });
  };
  for (const arg of args) {
    if (arg === '-') {
      if (inputs.some((i) => i.path === undefined)) continue;
      inputs.push({ file: stdinName ?? '<stdin>' });
      continue;
    }
    if (!existsSync(arg) && isDynamicPattern(arg)) {
      const matched = globSync(arg, { onlyFiles: true, absolute: true }).sort();
      const html = matched.filter((m) => HTML.test(m));
      problems.push(...html.map((m) => refuseHtml(displayPath(m))));
      const files = matched.filter((m) => AUDITED.test(m));
      if (files.length === 0 && html.length === 0) problems.push({ file: arg, message: 'no .txt or .md file matches this pattern', expected: AN_INPUT });
      files.forEach(add);
      continue;
    }
    const shown = displayPath(resolve(arg));
    try {
      const stats = statUserPath(arg, shown, AN_INPUT);
      if (stats.isDirectory()) {
        const found: string[] = [];
        walk(arg, found);
        if (found.length === 0) problems.push({ file: shown, message: 'folder holds no .txt or .md file', expected: AN_INPUT });
        found.forEach(add);
      } else if (HTML.test(arg)) problems.push(refuseHtml(shown));
      else if (!AUDITED.test(arg)) problems.push({ file: shown, message: 'not a file audit reads', expected: AN_INPUT });
      else add(arg);
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new UserInputError(problems);
  if (inputs.length === 0) throw new UserInputError([{ file: 'audit', message: 'nothing to audit', expected: AN_INPUT }]);
  return inputs;
}

/** Reads every input as the audit sees it (Markdown parsed); every unreadable file or bad front matter reported at once. */
export function readAuditDocuments(inputs: AuditInput[]): AuditDocument[] {
  const problems: Problem[] = [];
  const docs: AuditDocument[] = [];
  for (const input of inputs) {
    try {
      const bytes = input.path === undefined ? attempt(() => new Uint8Array(readFileSync(0)), input.file, 'text on standard input') : readUserFile(input.path, input.file, AN_INPUT);
      docs.push(auditDocument(input.file, decodeText(input.file, bytes)));
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new UserInputError(problems);
  return docs;
}

export const STYLE_FILE_NAMES = ['.framelens-style.yaml', '.framelens-style.yml', '.framelens-style.json', 'framelens-style.yaml', 'framelens-style.yml', 'framelens-style.json'];

/** The style file named, or the first of STYLE_FILE_NAMES found in the working folder or a folder above it. */
export function findStyleFile(option: string | undefined, cwd: string): string {
  if (option !== undefined) return option;
  for (let dir = cwd; ; dir = dirname(dir)) {
    for (const name of STYLE_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dirname(dir) === dir) break;
  }
  throw new UserInputError([
    {
      file: 'audit',
      message: 'no style file',
      expected: `--style <file>, or a ${STYLE_FILE_NAMES[0]} in this folder or one above it (examples/style.yaml is a start)`,
    },
  ]);
}
