import corpusSchema from '../schemas/corpus.schema.json' with { type: 'json' };
import { UserInputError, type Problem } from '../errors.js';
import { formatOf, parseDataFile } from '../schema/data-file.js';
import { assertSchema } from '../schema/validate.js';
import { decodeText } from './decode.js';
import { pickFacts } from './facts.js';
import { PAGE_FILE, articleFromPageFile } from './from-html.js';
import { sortArticles } from './sort.js';
import type { Article, ArticleFacts, Corpus } from './types.js';

export interface ManifestEntry {
  file: string;
  id?: string;
  /** Required for text files; a web page's outlet defaults to the publisher or site it names. */
  outlet?: string;
  [fact: string]: unknown;
}

interface Manifest {
  title?: string;
  description?: string;
  articles: ManifestEntry[];
}

/** What the CLI read from a corpus folder; names are relative to the folder. */
export interface DirectoryInput {
  /** How to name the folder in messages. */
  dir: string;
  /** Absent for a folder of web pages, which name their own outlets. */
  manifest?: { name: string; text: string };
  files: { name: string; bytes: Uint8Array }[];
}

export const MANIFEST_NAMES = ['corpus.json', 'corpus.yaml', 'corpus.yml'];
export const ARTICLE_FILE = /\.(?:txt|md|html?|html?\.gz)$/i;

export function idFromFileName(name: string): string {
  return name.replace(/\.(?:html?\.gz|[^.]+)$/i, '');
}

type Given = { id: string } & Partial<ArticleFacts>;

/** One article file as read: a web page has its article extracted, any other file is its text. */
export function articleFromFile(source: string, bytes: Uint8Array, given: Given): Article {
  if (PAGE_FILE.test(source)) return articleFromPageFile(source, bytes, given);
  if (given.outlet === undefined) {
    throw new UserInputError([{ file: source, message: 'no outlet for this article', expected: 'an "outlet" in its manifest entry (only a web page can name its own)' }]);
  }
  return { ...given, outlet: given.outlet, text: decodeText(source, bytes), source };
}

/** Reads every file, collecting every file's problems before failing. */
function readAll(files: { source: string; bytes: Uint8Array; given: Given }[]): Article[] {
  const problems: Problem[] = [];
  const articles: Article[] = [];
  for (const { source, bytes, given } of files) {
    try {
      articles.push(articleFromFile(source, bytes, given));
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new UserInputError(problems);
  return articles;
}

/** A folder of web pages without a manifest: each page is an article, its id the file name, its outlet what the page names. */
function corpusOfPages(input: DirectoryInput): Corpus {
  const others = input.files.filter((f) => !PAGE_FILE.test(f.name));
  if (others.length === input.files.length) {
    throw new UserInputError([
      {
        file: input.dir,
        message: 'no corpus manifest in this folder',
        expected: `one of ${MANIFEST_NAMES.join(', ')} giving each file's outlet (see README.md, "Corpus"); a folder of web pages (.html, .htm, .html.gz) needs none`,
      },
    ]);
  }
  if (others.length > 0) {
    throw new UserInputError(
      others.map((f) => ({
        file: `${input.dir}/${f.name}`,
        message: 'a text file in a corpus folder without a manifest',
        expected: 'a corpus.json or corpus.yaml giving its outlet (a folder of web pages alone needs none), or remove the file',
      })),
    );
  }
  const articles = readAll(input.files.map((f) => ({ source: `${input.dir}/${f.name}`, bytes: f.bytes, given: { id: idFromFileName(f.name) } })));
  return { articles: sortArticles(articles) };
}

/** Builds a corpus from a folder's manifest and article files (or a folder of web pages alone), collecting every mismatch before failing. */
export function corpusFromDirectory(input: DirectoryInput): Corpus {
  if (input.manifest === undefined) return corpusOfPages(input);
  const manifestPath = `${input.dir}/${input.manifest.name}`;
  const data = parseDataFile(manifestPath, input.manifest.text, formatOf(input.manifest.name));
  const manifest = assertSchema<Manifest>(corpusSchema, data);

  const problems: Problem[] = [];
  const files = new Map(input.files.map((f) => [f.name, f.bytes]));
  const listed = new Set<string>();
  const ids = new Map<string, number>();

  manifest.articles.forEach((entry, index) => {
    const pointer = `/articles/${index}`;
    const at = data.locate(pointer);
    const where = { file: manifestPath, pointer, line: at?.line, column: at?.column };
    if (listed.has(entry.file)) {
      problems.push({ ...where, message: 'the same file is listed twice', value: entry.file, expected: 'each file listed once' });
    }
    listed.add(entry.file);
    if (!files.has(entry.file)) {
      problems.push({ ...where, message: 'entry names a file that is not in the corpus folder', value: entry.file, expected: `a .txt, .md or .html file in ${input.dir}` });
    }
    if (entry.outlet === undefined && !PAGE_FILE.test(entry.file)) {
      problems.push({ ...where, message: 'entry has no outlet', value: entry.file, expected: 'an "outlet": the outlet that published the article (only a web page can name its own)' });
    }
    const id = entry.id ?? idFromFileName(entry.file);
    const first = ids.get(id);
    if (first !== undefined) {
      problems.push({ ...where, message: `duplicate article id (also used by /articles/${first})`, value: id, expected: 'a unique "id" for each article' });
    } else ids.set(id, index);
  });

  for (const name of [...files.keys()].sort()) {
    if (!listed.has(name)) {
      problems.push({ file: `${input.dir}/${name}`, message: `article file has no entry in ${input.manifest.name}`, expected: `an entry {"file": "${name}", "outlet": "..."} in the manifest, or remove the file` });
    }
  }
  if (problems.length > 0) throw new UserInputError(problems);

  const articles = readAll(
    manifest.articles.map((entry) => ({
      source: `${input.dir}/${entry.file}`,
      bytes: files.get(entry.file) as Uint8Array,
      given: { ...pickFacts(entry), id: entry.id ?? idFromFileName(entry.file) },
    })),
  );
  return { title: manifest.title, description: manifest.description, articles: sortArticles(articles) };
}
