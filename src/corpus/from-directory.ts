import corpusSchema from '../schemas/corpus.schema.json' with { type: 'json' };
import { UserInputError, type Problem } from '../errors.js';
import { formatOf, parseDataFile } from '../schema/data-file.js';
import { assertSchema } from '../schema/validate.js';
import { decodeText } from './decode.js';
import { pickFacts } from './facts.js';
import { parseMarkdown } from './markdown.js';
import { sortArticles } from './sort.js';
import type { Article, Corpus } from './types.js';

export interface ManifestEntry {
  file: string;
  id?: string;
  /** May be left out for a Markdown file whose front matter names the outlet. */
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
  manifest: { name: string; text: string };
  files: { name: string; bytes: Uint8Array }[];
}

export const MANIFEST_NAMES = ['corpus.json', 'corpus.yaml', 'corpus.yml'];
export const ARTICLE_FILE = /\.(txt|md)$/i;

export function idFromFileName(name: string): string {
  return name.replace(/\.[^.]+$/, '');
}

/** An article file's text as the pipeline reads it: Markdown parsed (its prose, markup and front matter), plain text as it is. */
export function readArticleText(file: string, text: string): { text: string; markup?: Article['markup']; facts: Partial<Article> } {
  if (!/\.md$/i.test(file)) return { text, facts: {} };
  const md = parseMarkdown(file, text);
  return { text: md.text, markup: md.markup, facts: md.facts };
}

/** Builds a corpus from a folder's manifest and article files, collecting every mismatch before failing. */
export function corpusFromDirectory(input: DirectoryInput): Corpus {
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
      problems.push({ ...where, message: 'entry names a file that is not in the corpus folder', value: entry.file, expected: `a .txt or .md file in ${input.dir}` });
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

  const articles: Article[] = [];
  manifest.articles.forEach((entry, index) => {
    const source = `${input.dir}/${entry.file}`;
    try {
      const read = readArticleText(source, decodeText(source, files.get(entry.file) as Uint8Array));
      // The manifest says more than the file: its facts win over front matter.
      const facts = { ...read.facts, ...pickFacts(entry) };
      if (facts.outlet === undefined) {
        const at = data.locate(`/articles/${index}`);
        problems.push({ file: manifestPath, pointer: `/articles/${index}`, line: at?.line, column: at?.column, message: `no outlet for ${entry.file}`, expected: 'an "outlet" in the manifest entry (or, for a Markdown file, in its front matter)' });
        return;
      }
      articles.push({ ...facts, outlet: facts.outlet, id: entry.id ?? idFromFileName(entry.file), text: read.text, source, ...(read.markup ? { markup: read.markup } : {}) });
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      problems.push(...error.problems);
    }
  });
  if (problems.length > 0) throw new UserInputError(problems);
  return { title: manifest.title, description: manifest.description, articles: sortArticles(articles) };
}
