import { formatProblem, UserInputError, type Problem } from '../errors.js';
import { combineLexicons } from '../lexicon/combine.js';
import { checkLexiconFile, checkLexiconSet } from '../lexicon/load.js';
import type { LoadedLexicon } from '../lexicon/types.js';
import { parseDataFile, type DataFile } from '../schema/data-file.js';
import { compileVariants } from '../tag/compile-variants.js';
import { lintVariants, type Finding } from '../tag/lint.js';
import { readLexiconTexts, withBundledBases, type LexiconText } from './read-lexicons.js';

export interface ValidateOutcome {
  findings: Finding[];
  files: number;
}

/** Line and column for findings that have only a pointer, from the file they are in. */
function located(findings: Finding[], texts: LexiconText[]): Finding[] {
  const parsed = new Map<string, DataFile>();
  const dataOf = (file: string): DataFile | undefined => {
    const source = texts.find((t) => t.file === file);
    if (!source) return undefined;
    let data = parsed.get(file);
    if (!data) parsed.set(file, (data = parseDataFile(source.file, source.text, 'json')));
    return data;
  };
  return findings.map((f) => {
    if (f.line !== undefined || f.pointer === undefined) return f;
    const at = dataOf(f.file)?.locate(f.pointer);
    return at ? { ...f, line: at.line, column: at.column } : f;
  });
}

const asErrors = (problems: Problem[]): Finding[] => problems.map((p) => ({ ...p, severity: 'error' }));

/** Every check of `lexicon validate`: schema and ids per file, then pattern syntax, extends and the lint over all files together. */
export function validateLexicons(paths: string[]): ValidateOutcome {
  const texts = readLexiconTexts(paths);
  const findings: Finding[] = [];
  const loaded: LoadedLexicon[] = [];
  for (const { file, text } of texts) {
    const checked = checkLexiconFile(file, text);
    findings.push(...asErrors(checked.problems));
    if (checked.loaded) loaded.push(checked.loaded);
  }
  const { variants, problems } = compileVariants(loaded);
  findings.push(...asErrors(problems), ...lintVariants(variants));
  for (const check of [() => checkLexiconSet(loaded), () => combineLexicons(withBundledBases(loaded))]) {
    try {
      check();
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      findings.push(...asErrors(error.problems));
    }
  }
  return { findings: located(findings, texts), files: texts.length };
}

export function formatFinding(f: Finding): string {
  return `${f.severity}: ${formatProblem(f)}`;
}
