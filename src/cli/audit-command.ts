import { chmodSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkDocument, type FileAudit } from '../audit/check.js';
import { compileStyle, type CompiledStyle } from '../audit/compile-style.js';
import { auditDocument } from '../audit/document.js';
import { applyFixes, fixDiff } from '../audit/fix.js';
import { FORMATS, FORMAT_NAMES, type AuditReport, type FormatName } from '../audit/format/index.js';
import { LineIndex } from '../audit/positions.js';
import { levelRank, LEVELS, loadStyle, type Level, type Style } from '../audit/style.js';
import { decodeText } from '../corpus/decode.js';
import { UserInputError } from '../errors.js';
import { compilePatterns } from '../structure/patterns.js';
import { auditInputs, findStyleFile, readAuditDocuments, type AuditInput } from './audit-inputs.js';
import { displayPath } from './display-path.js';
import { packageVersion } from './package-info.js';
import { attempt, readUserFile } from './read-file.js';
import { readLexicons } from './read-lexicons.js';
import { readStructure } from './read-structure.js';

export interface AuditCommandOptions {
  style?: string;
  lexicon: string[];
  structure?: string;
  format: string;
  failOn: string;
  minLevel: string;
  stdinFilename?: string;
  reportUnusedDisables?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  output?: string;
  color?: boolean;
}

/** Exit codes of `audit`, as the README lists them (2 and 3 are every command's). */
export const AUDIT_EXIT = { clean: 0, findings: 1 } as const;

function choice<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserInputError([{ file: option, value, message: 'not a known value', expected: `one of ${allowed.join(', ')}` }]);
}

/** The style file read and compiled against the lexicons of the run. */
export function readStyle(option: string | undefined, lexiconPaths: string[]): CompiledStyle {
  const path = findStyleFile(option, process.cwd());
  const shown = displayPath(path);
  const text = decodeText(shown, readUserFile(path, shown, 'a style file, JSON or YAML (schema src/schemas/style.schema.json)'));
  const style: Style = loadStyle(shown, text);
  return compileStyle(style, readLexicons(lexiconPaths));
}

/** A file replaced whole or not at all: written beside it, then renamed over it, keeping its permissions. */
function replaceFile(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.framelens-fix-${process.pid}`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    chmodSync(temp, statSync(path).mode & 0o7777);
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was written, or it is already gone.
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string') throw error;
    throw new UserInputError([{ file: displayPath(path), message: `cannot write the fixed file (${code}); it is unchanged`, expected: 'a file in a folder you can write to' }]);
  }
}

/**
 * `framelens audit`: checks files against the style and prints findings in
 * the chosen format; with --fix writes the fixes (each file whole or not at
 * all) and reports what is left; with --fix-dry-run prints the diff instead.
 * Returns the exit code: 1 when a finding at or above --fail-on is left.
 */
export function runAudit(paths: string[], options: AuditCommandOptions): number {
  const format = choice<FormatName>('--format', options.format, FORMAT_NAMES);
  const failOn = choice<Level | 'none'>('--fail-on', options.failOn, [...LEVELS, 'none']);
  const minLevel = choice<Level>('--min-level', options.minLevel, LEVELS);
  if (options.fix && options.fixDryRun) throw new UserInputError([{ file: '--fix', message: '--fix and --fix-dry-run together', expected: 'one of them' }]);
  const inputs: AuditInput[] = auditInputs(paths, options.stdinFilename);
  if (options.fix && inputs.some((i) => i.path === undefined)) {
    throw new UserInputError([{ file: '-', message: '--fix cannot write standard input back', expected: '--fix-dry-run to see the changes, or name the file' }]);
  }
  const compiled = readStyle(options.style, options.lexicon);
  const settings = { patterns: compilePatterns(readStructure(options.structure)) };
  const unused = options.reportUnusedDisables === true;
  let audits: FileAudit[] = readAuditDocuments(inputs).map((doc) => checkDocument(doc, compiled, settings, unused));

  if (options.fix || options.fixDryRun) {
    let applied = 0;
    let files = 0;
    let diff = '';
    audits = audits.map((audit, i) => {
      const fixed = applyFixes(audit.document.source, audit.findings);
      if (fixed.applied === 0) return audit;
      applied += fixed.applied;
      files++;
      if (options.fixDryRun) diff += fixDiff(audit.document.file, audit.document.source, fixed.source);
      else replaceFile((inputs[i] as AuditInput).path as string, fixed.source);
      return checkDocument(auditDocument(audit.document.file, fixed.source, audit.document.format), compiled, settings, unused);
    });
    if (options.fixDryRun) process.stdout.write(diff);
    process.stderr.write(`framelens: ${options.fixDryRun ? 'would fix' : 'fixed'} ${applied} finding(s) in ${files} file(s)\n`);
  }

  const visible = (audit: FileAudit) => audit.findings.filter((f) => levelRank(f.level) >= levelRank(minLevel));
  const indexes = new Map(audits.map((a) => [a.document.file, new LineIndex(a.document.source)]));
  const report: AuditReport = {
    tool: { name: 'framelens', version: packageVersion() },
    files: audits.map((a) => ({ file: a.document.file, findings: visible(a) })),
    rules: compiled.style.rules,
    color: options.color ?? (format === 'stylish' && process.stdout.isTTY === true && process.env.NO_COLOR === undefined),
    byteColumn: (file, offset) => indexes.get(file)?.byteColumn(offset) ?? 1,
  };
  if (!options.fixDryRun) {
    const text = FORMATS[format](report);
    const output = options.output;
    if (output !== undefined) attempt(() => writeFileSync(output, text), displayPath(resolve(output)), 'a file in a folder you can write to');
    else process.stdout.write(text);
  }
  if (failOn === 'none') return AUDIT_EXIT.clean;
  const failing = report.files.some((f) => f.findings.some((x) => !x.suppressed && levelRank(x.level) >= levelRank(failOn)));
  return failing ? AUDIT_EXIT.findings : AUDIT_EXIT.clean;
}
