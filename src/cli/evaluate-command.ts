import { join } from 'node:path';
import { analyze } from '../analyze/index.js';
import { decodeText } from '../corpus/decode.js';
import type { Article } from '../corpus/types.js';
import { UserInputError, type Problem } from '../errors.js';
import { checkTargets, evaluate, evaluationTable, headlineF1, parseAnnotation, resolveAnnotation, toolAnnotation, type AnnotatedPair, type ArticleAnnotation, type ParsedAnnotation } from '../evaluate/index.js';
import { displayPath } from './display-path.js';
import { readCorpus } from './read-corpus.js';
import { readLexicons } from './read-lexicons.js';
import { listUserFolder, readUserFile, statUserPath } from './read-file.js';

export interface EvaluateOptions {
  lexicon: string[];
  json?: boolean;
  minF1?: string;
  against?: string;
  annotations?: string;
  disagreements?: boolean;
}

const AN_ANNOTATION_FOLDER = 'a folder of annotation files (.yaml, .yml or .json; schema src/schemas/annotation.schema.json)';

/** Every annotation file of a folder, parsed and checked against the schema; all problems at once. */
function readAnnotations(dir: string): ParsedAnnotation[] {
  const shown = displayPath(dir);
  statUserPath(dir, shown, AN_ANNOTATION_FOLDER);
  const names = listUserFolder(dir, shown, AN_ANNOTATION_FOLDER)
    .filter((e) => e.isFile() && /\.(ya?ml|json)$/i.test(e.name))
    .map((e) => e.name)
    .sort();
  if (names.length === 0) throw new UserInputError([{ file: shown, message: 'no annotation files in this folder', expected: AN_ANNOTATION_FOLDER }]);
  const parsed: ParsedAnnotation[] = [];
  const problems: Problem[] = [];
  for (const name of names) {
    const file = `${shown}/${name}`;
    try {
      parsed.push(parseAnnotation(file, decodeText(file, readUserFile(join(dir, name), file, AN_ANNOTATION_FOLDER))));
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new UserInputError(problems);
  return parsed;
}

/** Each annotation laid on its article's text, keyed by article id; an unknown article or a second annotation of one article is the user's mistake. */
function resolveAll(parsed: ParsedAnnotation[], articles: Map<string, Article>): Map<string, ArticleAnnotation> {
  const out = new Map<string, ArticleAnnotation>();
  const problems: Problem[] = [];
  for (const p of parsed) {
    const article = articles.get(p.file.article);
    const at = p.data.locate('/article');
    if (!article) {
      problems.push({ file: p.data.file, pointer: '/article', line: at?.line, column: at?.column, value: p.file.article, message: 'no article with this id in the corpus', expected: 'the id of an article in the corpus manifest' });
      continue;
    }
    if (out.has(article.id)) {
      problems.push({ file: p.data.file, pointer: '/article', line: at?.line, column: at?.column, value: p.file.article, message: 'this article is annotated twice in the folder', expected: 'one annotation file per article' });
      continue;
    }
    try {
      out.set(article.id, resolveAnnotation(p, article.text));
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new UserInputError(problems);
  return out;
}

function parseMinF1(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (!Number.isFinite(x) || x < 0 || x > 1) throw new UserInputError([{ file: '--min-f1', message: 'not a number from 0 to 1', value, expected: 'a share such as 0.9' }]);
  return x;
}

/** `framelens evaluate`: returns what to print and the exit code (1 when an F1 is below --min-f1). */
export async function runEvaluate(gold: string, options: EvaluateOptions): Promise<{ output: string; code: number }> {
  const minF1 = parseMinF1(options.minF1);
  const corpus = readCorpus(gold);
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  const reference = resolveAll(readAnnotations(options.annotations ?? join(gold, 'annotations')), articles);
  const lexicons = readLexicons(options.lexicon);
  const categories = new Map<string, string>(lexicons.flatMap(({ lexicon }) => lexicon.referents.flatMap((r) => r.variants.map((v) => [`${lexicon.id}/${r.id}/${v.id}`, v.category] as const))));
  let candidate: Map<string, ArticleAnnotation>;
  if (options.against !== undefined) {
    candidate = resolveAll(readAnnotations(options.against), articles);
  } else {
    const annotated = corpus.articles.filter((a) => reference.has(a.id));
    const analysis = await analyze({ ...corpus, articles: annotated }, lexicons, { workers: 0 });
    candidate = new Map(analysis.articles.map((a) => [a.article.id, toolAnnotation(a.article.id, a.article.text, a, (reference.get(a.article.id) as ArticleAnnotation).lexicons)]));
  }
  const pairs: AnnotatedPair[] = [...reference.keys()].sort().flatMap((id) => {
    const other = candidate.get(id);
    return other ? [{ text: (articles.get(id) as Article).text, reference: reference.get(id) as ArticleAnnotation, candidate: other }] : [];
  });
  const result = evaluate(pairs, (id) => categories.get(id) ?? 'unknown');
  const targets = options.against === undefined ? checkTargets(result) : [];
  const below = minF1 === undefined ? [] : headlineF1(result).filter((h) => h.f1 < minF1);
  let output: string;
  if (options.json) {
    output = `${JSON.stringify({ ...result, targets, minF1: minF1 ?? null, belowMinF1: below }, null, 2)}\n`;
  } else {
    output = evaluationTable(result);
    if (targets.length > 0) output += `\nTargets\n\n${targets.map((t) => `- ${t.met ? 'met' : 'NOT MET'}: ${t.name} ${t.value.toFixed(3)} (target ${t.target})`).join('\n')}\n`;
    if (options.disagreements) output += `\nDisagreements\n\n${result.disagreements.map((d) => `- ${d.article} ${d.layer} ${d.kind}: "${d.text}"${d.expected ? ` expected ${d.expected}` : ''}${d.got ? `, got ${d.got}` : ''}`).join('\n')}\n`;
    for (const b of below) output += `below --min-f1 ${minF1}: ${b.name} F1 ${b.f1.toFixed(3)}\n`;
  }
  return { output, code: below.length > 0 ? 1 : 0 };
}
