import corpusSchema from '../schemas/corpus.schema.json' with { type: 'json' };
import { UserInputError, type Problem } from '../errors.js';
import { formatOf, parseDataFile } from '../schema/data-file.js';
import { assertSchema } from '../schema/validate.js';
import { decodeText } from './decode.js';
import { pickFacts } from './facts.js';
import { PAGE_FILE, articleFromPageFile } from './from-html.js';
import { parseMarkdown } from './markdown.js';
import { sortArticles } from './sort.js';
import type { Article, ArticleFacts, Corpus } from './types.js';

export interface ManifestEntry {
  file: string;
  id?: string;
  /** May be left out for a web page, or a Markdown file whose front matter names the outlet. */
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
  /** Absent for a folder of web pages (or Markdown files with front matter), which name their own outlets. */
  manifest?: { name: string; text: string };
  files: { name: string; bytes: Uint8Array }[];
}

export const MANIFEST_NAMES = ['corpus.json', 'corpus.yaml', 'corpus.yml'];
export const ARTICLE_FILE = /\.(?:txt|md|html?|html?\.gz)$/i;
/** Files that can name their own outlet: web pages (their metadata) and Markdown (its front matter). */
const SELF_DESCRIBING = /\.(?:md|html?|html?\.gz)$/i;

export function idFromFileName(name: string): string {
  return name.replace(/\.(?:html?\.gz|[^.]+)$/i, '');
}

/** An article file's text as the pipeline reads it: Markdown parsed (its prose, markup and front matter), plain text as it is. */
export function readArticleText(file: string, text: string): { text: string; markup?: Article['markup']; facts: Partial<Article> } {
  if (!/\.md$/i.test(file)) return { text, facts: {} };
  const md = parseMarkdown(file, text);
  return { text: md.text, markup: md.markup, facts: md.facts };
}

export type Given = { id: string } & Partial<ArticleFacts>;

/** Where to point a user at when an article has no outlet: its manifest entry, or the file itself. */
export type Place = Pick<Problem, 'file' | 'pointer' | 'line' | 'column'>;

/**
 * One article file as read (bytes in, the article out): a web page has its
 * article extracted, Markdown is parsed, plain text is taken as it is. What
 * is given (a manifest entry) wins over what the file says of itself.
 */
export function articleFromFile(source: string, bytes: Uint8Array, given: Given, place: Place = { file: source }): Article {
  if (PAGE_FILE.test(source)) return articleFromPageFile(source, bytes, given);
  const read = readArticleText(source, decodeText(source, bytes));
  const facts = { ...read.facts, ...given };
  if (facts.outlet === undefined) {
    const name = source.split('/').pop() ?? source;
    throw new UserInputError([{ ...place, message: `no outlet for ${name}`, expected: 'an "outlet" in the manifest entry (or, for a Markdown file, in its front matter)' }]);
  }
  return { ...facts, outlet: facts.outlet, id: given.id, text: read.text, source, ...(read.markup ? { markup: read.markup } : {}) };
}

/**
 * An article file of a corpus folder, checked against the manifest (or the
 * folder's other files) but not yet read: what the manifest gives of it, and
 * where to point a user at. Reading it (articleOf) may come much later, one
 * file at a time.
 */
export interface ListedArticle {
  /** The file's name in the folder. */
  file: string;
  /** How to name the file in messages (and the article's source). */
  source: string;
  given: Given;
  place: Place;
}

/** A corpus folder's listing: its manifest's title and description, and its article files in manifest order. */
export interface DirectoryListing {
  title?: string;
  description?: string;
  articles: ListedArticle[];
}

/** A listed article with its text, from the file's bytes: a user error names the file or its manifest entry. */
export function articleOf(listed: ListedArticle, bytes: Uint8Array): Article {
  return articleFromFile(listed.source, bytes, listed.given, listed.place);
}

/** A folder without a manifest: web pages and Markdown files with front matter, each naming its outlet, its id the file name. */
function listWithoutManifest(dir: string, names: string[]): DirectoryListing {
  const others = names.filter((name) => !SELF_DESCRIBING.test(name));
  if (others.length === names.length) {
    throw new UserInputError([
      {
        file: dir,
        message: 'no corpus manifest in this folder',
        expected: `one of ${MANIFEST_NAMES.join(', ')} giving each file's outlet (see README.md, "Corpus"); a folder of web pages (.html, .htm, .html.gz) or of Markdown files with an outlet in their front matter needs none`,
      },
    ]);
  }
  if (others.length > 0) {
    throw new UserInputError(
      others.map((name) => ({
        file: `${dir}/${name}`,
        message: 'a text file in a corpus folder without a manifest',
        expected: 'a corpus.json or corpus.yaml giving its outlet (web pages and Markdown files with front matter need none), or remove the file',
      })),
    );
  }
  const problems: Problem[] = [];
  const ids = new Map<string, string>();
  const articles = [...names].sort().flatMap((name): ListedArticle[] => {
    const source = `${dir}/${name}`;
    const id = idFromFileName(name);
    const first = ids.get(id);
    if (first !== undefined) {
      problems.push({ file: source, message: `duplicate article id (also the id of ${first})`, value: id, expected: 'file names that differ other than by their extension, or a manifest giving each an id' });
      return [];
    }
    ids.set(id, name);
    return [{ file: name, source, given: { id }, place: { file: source } }];
  });
  if (problems.length > 0) throw new UserInputError(problems);
  return { articles };
}

/**
 * A corpus folder's manifest, checked against the names of the files in the
 * folder (or, without a manifest, the files that name their own outlets),
 * every mismatch collected before failing. No article file is read.
 */
export function listDirectory(input: { dir: string; manifest?: { name: string; text: string }; names: string[] }): DirectoryListing {
  if (input.manifest === undefined) return listWithoutManifest(input.dir, input.names);
  const manifestPath = `${input.dir}/${input.manifest.name}`;
  const data = parseDataFile(manifestPath, input.manifest.text, formatOf(input.manifest.name));
  const manifest = assertSchema<Manifest>(corpusSchema, data);

  const problems: Problem[] = [];
  const files = new Set(input.names);
  const listed = new Set<string>();
  const ids = new Map<string, number>();
  const articles: ListedArticle[] = [];

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
    const id = entry.id ?? idFromFileName(entry.file);
    const first = ids.get(id);
    if (first !== undefined) {
      problems.push({ ...where, message: `duplicate article id (also used by /articles/${first})`, value: id, expected: 'a unique "id" for each article' });
    } else ids.set(id, index);
    // The manifest says more than the file: its facts win over front matter and page metadata.
    articles.push({ file: entry.file, source: `${input.dir}/${entry.file}`, given: { ...pickFacts(entry), id }, place: where });
  });

  for (const name of [...files].sort()) {
    if (!listed.has(name)) {
      problems.push({ file: `${input.dir}/${name}`, message: `article file has no entry in ${input.manifest.name}`, expected: `an entry {"file": "${name}", "outlet": "..."} in the manifest, or remove the file` });
    }
  }
  if (problems.length > 0) throw new UserInputError(problems);
  return { title: manifest.title, description: manifest.description, articles };
}

/** Builds a corpus from a folder's manifest and article files (or a folder of files that name their outlets), collecting every mismatch before failing. */
export function corpusFromDirectory(input: DirectoryInput): Corpus {
  const listing = listDirectory({ dir: input.dir, manifest: input.manifest, names: input.files.map((f) => f.name) });
  const files = new Map(input.files.map((f) => [f.name, f.bytes]));
  const problems: Problem[] = [];
  const articles: Article[] = [];
  for (const listed of listing.articles) {
    try {
      articles.push(articleOf(listed, files.get(listed.file) as Uint8Array));
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new UserInputError(problems);
  return { title: listing.title, description: listing.description, articles: sortArticles(articles) };
}
