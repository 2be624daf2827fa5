import type { Text, Yaml } from 'mdast';
import frontMatterSchema from '../schemas/front-matter.schema.json' with { type: 'json' };
import { parseDataFile } from '../schema/data-file.js';
import { assertSchema } from '../schema/validate.js';
import type { ArticleFacts } from './types.js';

interface FrontMatterData {
  title?: string;
  date?: string;
  outlet?: string;
  url?: string | null;
  author?: string | string[];
}

export interface FrontMatter {
  facts: Partial<ArticleFacts>;
  /** The title as a text node placed where its value is in the file, so the headline it becomes maps back there. */
  title?: Text;
}

/** Offset in `source` of a 1-based line and column. */
function offsetOf(source: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const next = source.indexOf('\n', at);
    if (next < 0) return source.length;
    at = next + 1;
  }
  return Math.min(source.length, at + column - 1);
}

/**
 * The facts a Markdown file's YAML front matter gives: title, date (its
 * YYYY-MM-DD part), outlet, url and author (as the byline). Mistakes are the
 * user's, with the file's own line numbers: the YAML is parsed with as many
 * blank lines before it as the file has before it.
 */
export function frontMatterFacts(file: string, source: string, node: Yaml): FrontMatter {
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const data = parseDataFile(file, '\n'.repeat(firstLine - 1) + node.value, 'yaml');
  if (data.value === null || data.value === undefined) return { facts: {} };
  const value = assertSchema<FrontMatterData>(frontMatterSchema, data);
  const facts: Partial<ArticleFacts> = {};
  if (value.title !== undefined) facts.title = value.title.trim();
  if (value.date !== undefined) facts.date = value.date.slice(0, 10);
  if (value.outlet !== undefined) facts.outlet = value.outlet;
  if (typeof value.url === 'string') facts.url = value.url;
  if (value.author !== undefined) facts.byline = Array.isArray(value.author) ? value.author.join(', ') : value.author;
  const front: FrontMatter = { facts };
  if (facts.title !== undefined) {
    const at = data.locate('/title');
    const from = at ? offsetOf(source, at.line, at.column) : (node.position?.start.offset ?? 0);
    const lineEnd = source.indexOf('\n', from);
    const to = lineEnd < 0 ? source.length : lineEnd;
    front.title = { type: 'text', value: facts.title, position: { start: { line: 0, column: 0, offset: from }, end: { line: 0, column: 0, offset: to } } };
  }
  return front;
}
