import { decodePage, outletOf, pageFromHtml, sha256, wireSourceOf } from '../corpus/from-html.js';
import { UserInputError, formatProblem, type Problem } from '../errors.js';
import { displayPath } from './display-path.js';
import { readUserFile } from './read-file.js';

const A_PAGE = 'a saved web page (.html, .htm or .html.gz)';

/** What framelens takes from one page, as the JSON line `framelens extract` prints. */
function extractLine(path: string, url: string | undefined): Record<string, unknown> {
  const shown = path === '-' ? 'stdin' : displayPath(path);
  const bytes = readUserFile(path === '-' ? 0 : path, shown, A_PAGE);
  const page = pageFromHtml(shown, decodePage(shown, bytes), url);
  const { text, markup, bodyWords, ...metadata } = page;
  return { source: shown, sha256: sha256(bytes), outlet: outletOf(page) ?? null, wireSource: wireSourceOf(page) ?? null, ...metadata, words: bodyWords, text, markup };
}

/**
 * `framelens extract <page>…`: one JSON line per page on stdout, the text
 * and metadata framelens would analyse; a page it cannot read is told on
 * stderr (the others are still printed) and makes the exit code 2.
 */
export function runExtract(pages: string[], options: { url?: string }, write: (line: string) => void, warn: (line: string) => void): number {
  const problems: Problem[] = [];
  for (const path of pages) {
    try {
      write(`${JSON.stringify(extractLine(path, options.url))}\n`);
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      problems.push(...error.problems);
    }
  }
  for (const problem of problems) warn(`framelens: ${formatProblem(problem)}\n`);
  return problems.length > 0 ? 2 : 0;
}
