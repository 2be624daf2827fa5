import corpusSchema from '../schemas/corpus.schema.json' with { type: 'json' };
import { UserInputError, type Problem } from '../errors.js';
import { formatOf, parseDataFile } from '../schema/data-file.js';
import { assertSchema } from '../schema/validate.js';
import { decodeText } from './decode.js';
import { pickFacts } from './facts.js';
import { sortArticles } from './sort.js';
import type { Article, Corpus } from './types.js';

export interface ManifestEntry {
  file: string;
  id?: string;
  outlet: string;
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
  manifest: { name: string; text: string };
  files: { name: string; bytes: Uint8Array }[];
}

export const MANIFEST_NAMES = ['corpus.json', 'corpus.yaml', 'corpus.yml'];
export const ARTICLE_FILE = /\.(txt|md)$/i;

export function idFromFileName(name: string): string {
  return name.replace(/\.[^.]+$/, '');
}

/** A manifest entry checked against the folder: the article's facts and id, its text still to be read. */
export interface ListedArticle {
  entry: ManifestEntry;
  id: string;
  /** How to name its file in messages. */
  source: string;
}

/** A corpus folder's manifest, checked against the names of the files in the folder, every mismatch collected before failing. */
export function listDirectory(input: { dir: string; manifest: { name: string; text: string }; names: string[] }): { title?: string; description?: string; articles: ListedArticle[] } {
  const manifestPath = `${input.dir}/${input.manifest.name}`;
  const data = parseDataFile(manifestPath, input.manifest.text, formatOf(input.manifest.name));
  const manifest = assertSchema<Manifest>(corpusSchema, data);

  const problems: Problem[] = [];
  const names = new Set(input.names);
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
    if (!names.has(entry.file)) {
      problems.push({ ...where, message: 'entry names a file that is not in the corpus folder', value: entry.file, expected: `a .txt or .md file in ${input.dir}` });
    }
    const id = entry.id ?? idFromFileName(entry.file);
    const first = ids.get(id);
    if (first !== undefined) {
      problems.push({ ...where, message: `duplicate article id (also used by /articles/${first})`, value: id, expected: 'a unique "id" for each article' });
    } else ids.set(id, index);
  });

  for (const name of [...names].sort()) {
    if (!listed.has(name)) {
      problems.push({ file: `${input.dir}/${name}`, message: `article file has no entry in ${input.manifest.name}`, expected: `an entry {"file": "${name}", "outlet": "..."} in the manifest, or remove the file` });
    }
  }
  if (problems.length > 0) throw new UserInputError(problems);
  return {
    title: manifest.title,
    description: manifest.description,
    articles: manifest.articles.map((entry) => ({ entry, id: entry.id ?? idFromFileName(entry.file), source: `${input.dir}/${entry.file}` })),
  };
}

/** A listed article with its text (decoded from the file's bytes; a user error names the file). */
export function articleOf(listed: ListedArticle, bytes: Uint8Array): Article {
  const text = decodeText(listed.source, bytes);
  return { ...pickFacts(listed.entry), id: listed.id, outlet: listed.entry.outlet, text, source: listed.source };
}

/** Builds a corpus from a folder's manifest and article files, collecting every mismatch before failing. */
export function corpusFromDirectory(input: DirectoryInput): Corpus {
  const listing = listDirectory({ dir: input.dir, manifest: input.manifest, names: input.files.map((f) => f.name) });
  const files = new Map(input.files.map((f) => [f.name, f.bytes]));
  const problems: Problem[] = [];
  const articles: Article[] = [];
  for (const listed of listing.articles) {
    try {
      articles.push(articleOf(listed, files.get(listed.entry.file) as Uint8Array));
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new UserInputError(problems);
  return { title: listing.title, description: listing.description, articles: sortArticles(articles) };
}
