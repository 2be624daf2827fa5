import { jsonrepair } from 'jsonrepair';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Kinds of schema.org object that describe the article itself, best first. */
const ARTICLE_TYPES = [
  ['NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle'],
  ['Article', 'BlogPosting', 'LiveBlogPosting', 'Report', 'ScholarlyArticle', 'SocialMediaPosting', 'TechArticle'],
  ['WebPage', 'ItemPage'],
];
/** How deep into a JSON-LD value to look for objects: deeper nesting is not metadata. */
const MAX_DEPTH = 6;

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A JSON-LD block as sites serve it: often valid, often not (raw line breaks
 * in strings, trailing commas, HTML comments or CDATA around it, two objects
 * side by side). What cannot be repaired is ignored, never an error: the
 * page's text matters more than its metadata.
 */
export function parseJsonLd(source: string): Json | undefined {
  const text = source
    .trim()
    .replace(/^(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/)/, '')
    .replace(/(?:-->|\/\*\s*\]\]>\s*\*\/)$/, '')
    .trim();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    try {
      return JSON.parse(jsonrepair(text)) as Json;
    } catch {
      return undefined;
    }
  }
}

/** Every object in the blocks (arrays and `@graph` opened), shallow first, without recursion. */
export function jsonLdObjects(blocks: Json[]): JsonObject[] {
  const found: JsonObject[] = [];
  const queue: { value: Json; depth: number }[] = blocks.map((value) => ({ value, depth: 0 }));
  for (let i = 0; i < queue.length; i++) {
    const { value, depth } = queue[i] as { value: Json; depth: number };
    if (depth > MAX_DEPTH) continue;
    if (Array.isArray(value)) {
      for (const item of value) queue.push({ value: item, depth: depth + 1 });
    } else if (isObject(value)) {
      found.push(value);
      const graph = value['@graph'];
      if (graph !== undefined) queue.push({ value: graph, depth: depth + 1 });
    }
  }
  return found;
}

function typesOf(object: JsonObject): string[] {
  const type = object['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^(?:https?:\/\/)?schema\.org\//, ''));
}

/** The object that describes the article: a NewsArticle kind first, then any Article, then the WebPage. */
export function articleObject(objects: JsonObject[]): JsonObject | undefined {
  for (const tier of ARTICLE_TYPES) {
    const match = objects.find((o) => typesOf(o).some((t) => tier.includes(t)));
    if (match) return match;
  }
  return undefined;
}

/** An object that another refers to by `{"@id": …}`, looked up among the page's objects. */
export function dereference(value: Json | undefined, objects: JsonObject[]): Json | undefined {
  if (!isObject(value)) return value;
  const id = value['@id'];
  if (typeof id !== 'string' || Object.keys(value).length > 1) return value;
  return objects.find((o) => o !== value && o['@id'] === id && Object.keys(o).length > 1) ?? value;
}

/** The names in a value that is a string, a `{name}` object or a list of them. */
export function namesOf(value: Json | undefined, objects: JsonObject[]): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.flatMap((item) => {
    const resolved = dereference(item, objects);
    if (typeof resolved === 'string') return [resolved];
    if (isObject(resolved) && typeof resolved.name === 'string') return [resolved.name];
    return [];
  });
}

/** A string value, or the `@id`/`url` of an object value. */
export function stringOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return stringOf(value[0]);
  if (isObject(value)) return stringOf(value['@id'] ?? value.url);
  return undefined;
}
