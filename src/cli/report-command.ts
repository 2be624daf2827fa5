import { resolve } from 'node:path';
import { analyze } from '../analyze/index.js';
import { renderReport } from '../report/render.js';
import { displayPath } from './display-path.js';
import { generatedAt } from './generated-at.js';
import { TEMPLATE_DIR, packageVersion } from './package-info.js';
import { readCorpus } from './read-corpus.js';
import { readLexicons } from './read-lexicons.js';
import { readStructure } from './read-structure.js';
import { readTemplates } from './read-templates.js';
import { writeReport } from './write-report.js';

export interface ReportCommandOptions {
  lexicon: string[];
  out: string;
  countSharedOnce?: boolean;
  structure?: string;
  includeBoilerplate?: boolean;
}

/** `framelens report`: read and check every input, analyse, render in memory, then write. Returns index.html's path. */
export async function runReport(corpusPath: string, options: ReportCommandOptions): Promise<string> {
  const corpus = readCorpus(corpusPath);
  const lexicons = readLexicons(options.lexicon);
  const structure = readStructure(options.structure);
  const includeBoilerplate = options.includeBoilerplate === true;
  const analysis = await analyze(corpus, lexicons, { structure, includeBoilerplate, countSharedOnce: options.countSharedOnce === true });
  const files = renderReport(analysis, readTemplates(TEMPLATE_DIR), {
    generator: { name: 'framelens', version: packageVersion() },
    generatedAt: generatedAt(process.env),
    options: {
      corpus: displayPath(resolve(corpusPath)),
      lexicons: lexicons.map((l) => l.file),
      countSharedOnce: options.countSharedOnce === true,
      includeBoilerplate,
      ...(options.structure === undefined ? {} : { structure: displayPath(resolve(options.structure)) }),
    },
  });
  const outDir = resolve(options.out);
  writeReport(outDir, files);
  return displayPath(resolve(outDir, 'index.html'));
}
