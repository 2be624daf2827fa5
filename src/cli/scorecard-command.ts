import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkDocument } from '../audit/check.js';
import type { CompiledStyle } from '../audit/compile-style.js';
import { documentOfArticle, type AuditDocument } from '../audit/document.js';
import { buildScorecard, type ArchiveArticle } from '../audit/scorecard.js';
import { renderScorecard, scorecardCsv } from '../audit/scorecard-view.js';
import { MANIFEST_NAMES } from '../corpus/from-directory.js';
import { compilePatterns } from '../structure/patterns.js';
import { readStyle } from './audit-command.js';
import { auditInputs, readAuditDocuments } from './audit-inputs.js';
import { displayPath } from './display-path.js';
import { generatedAt } from './generated-at.js';
import { packageVersion, TEMPLATE_DIR } from './package-info.js';
import { readCorpus } from './read-corpus.js';
import { readStructure } from './read-structure.js';
import { writeReport } from './write-report.js';

export interface ScorecardOptions {
  style?: string;
  lexicon: string[];
  structure?: string;
  baseline?: string;
  out: string;
  force?: boolean;
}

/** A corpus with a manifest or a .jsonl file is read as `report` reads it; a plain folder of .txt/.md files as `audit` does (dates from front matter). */
function archiveDocuments(path: string): AuditDocument[] {
  const isCorpus = /\.jsonl$/i.test(path) || MANIFEST_NAMES.some((m) => existsSync(join(path, m))) || MANIFEST_NAMES.some((m) => path.endsWith(m));
  if (isCorpus) return readCorpus(path).articles.map(documentOfArticle);
  return readAuditDocuments(auditInputs([path], undefined));
}

function archiveArticles(path: string, compiled: CompiledStyle, patterns: ReturnType<typeof compilePatterns>): { articles: ArchiveArticle[]; skipped: number } {
  const articles: ArchiveArticle[] = [];
  let skipped = 0;
  for (const doc of archiveDocuments(path)) {
    const audit = checkDocument(doc, compiled, { patterns });
    if (audit.ownWords === 0) skipped++;
    articles.push({ id: doc.facts.id ?? doc.file, ...(doc.facts.date === undefined ? {} : { date: doc.facts.date }), ownWords: audit.ownWords, counts: audit.counts });
  }
  return { articles, skipped };
}

/** `framelens audit --archive`: the desk's scorecard as scorecard.html and scorecard.csv in --out. Returns the page's path. */
export async function runScorecard(archive: string, options: ScorecardOptions): Promise<string> {
  const when = generatedAt(process.env);
  const compiled = readStyle(options.style, options.lexicon);
  const patterns = compilePatterns(readStructure(options.structure));
  const desk = archiveArticles(archive, compiled, patterns);
  const base = options.baseline === undefined ? undefined : archiveArticles(options.baseline, compiled, patterns);
  const card = buildScorecard(desk.articles, compiled.style.rules, base?.articles);
  const page = renderScorecard(
    card,
    {
      generator: { name: 'framelens', version: packageVersion() },
      generatedAt: when,
      styleTitle: compiled.style.title ?? 'House style',
      styleFile: compiled.style.file,
      archive: displayPath(resolve(archive)),
      ...(options.baseline === undefined ? {} : { baseline: displayPath(resolve(options.baseline)) }),
      skipped: desk.skipped,
    },
    { page: readFileSync(join(TEMPLATE_DIR, 'scorecard.hbs'), 'utf8'), styles: readFileSync(join(TEMPLATE_DIR, 'report.css'), 'utf8') },
  );
  const out = existsSync(resolve(options.out)) ? realpathSync(resolve(options.out)) : resolve(options.out);
  const shown = displayPath(out);
  const warnings = await writeReport(
    out,
    [
      { path: 'scorecard.html', content: page },
      { path: 'scorecard.csv', content: scorecardCsv(card) },
    ],
    { force: options.force === true, cwd: process.cwd(), shown },
  );
  for (const w of warnings) process.stderr.write(`framelens: ${w}\n`);
  return displayPath(join(out, 'scorecard.html'));
}
