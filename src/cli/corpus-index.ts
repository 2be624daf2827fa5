import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { skipReason } from '../analyze/skip.js';
import type { SkippedArticle } from '../analyze/types.js';
import { decodeText } from '../corpus/decode.js';
import { ARTICLE_FILE, MANIFEST_NAMES, articleOf, listDirectory, type ListedArticle } from '../corpus/from-directory.js';
import type { Corpus } from '../corpus/types.js';
import { articleFromLine, corpusFromJsonl, duplicateId, noArticles } from '../corpus/from-jsonl.js';
import { shardOf } from '../corpus/shard.js';
import type { Article } from '../corpus/types.js';
import { UserInputError, type Problem } from '../errors.js';
import { displayPath } from './display-path.js';
import { lines } from './lines.js';
import { A_CORPUS, corpusSource, readCorpus, readInside, type CorpusOptions } from './read-corpus.js';
import { assertRegularFile, attempt, listUserFolder, readUserFile } from './read-file.js';

/** Problems reported at most; past this the message says how many more there were. */
const MAX_PROBLEMS = 200;

/** Where an article is, so it can be read again on its own. */
type Place = { line: number; offset: number; length: number } | { listed: ListedArticle } | { held: Article };

interface Entry {
  id: string;
  chars: number;
  place: Place;
}

/**
 * A corpus, checked and indexed without holding its texts: each article's
 * id, size and place in its file, in id order. Reading it is one pass that
 * checks everything (so every problem is reported before anything is
 * written); the texts are read again one at a time, in id order, as the
 * analysis asks for them.
 */
export interface CorpusIndex {
  title: string | null;
  description: string | null;
  /** Articles to analyse (those of the shard, when one is asked for), in id order. */
  size: number;
  chars: number;
  skipped: SkippedArticle[];
  /** Digest of every article's id and text, whatever the shard: shards of one corpus share it. */
  digest: string;
  /** The articles to analyse, read one at a time, in id order. */
  articles(): Iterable<Article>;
  /** The given articles (ids in id order), read again. */
  read(ids: readonly string[]): Iterable<Article>;
  close(): void;
}

function fail(problem: Problem): never {
  throw new UserInputError([problem]);
}

function checked(problems: Problem[], extra: number): void {
  if (problems.length === 0) return;
  if (extra > 0) problems.push({ file: problems[0]?.file ?? '', message: `and ${extra} more problem(s) like these`, expected: 'a corpus without them' });
  throw new UserInputError(problems);
}

/** Hash of an article for the corpus digest. */
function articleHash(article: Article): string {
  return createHash('sha256').update(article.id).update('\u0000').update(article.text).digest('hex').slice(0, 16);
}

interface Collected {
  entries: Entry[];
  skipped: SkippedArticle[];
  hashes: string[];
}

/** Keeps an article of the shard asked for (or sets it aside as wordless); every article counts in the digest. */
/**
 * The longest article framelens analyses, in characters: memory for one
 * article's analysis and page grows with its length (about 200 bytes a
 * character), and past this a run would need more than a JavaScript heap
 * holds. Longer texts are refused with their name, never a crash.
 */
export const MAX_ARTICLE_CHARACTERS = 10_000_000;

function collect(into: Collected, article: Article, place: Place, shard: ShardOption | undefined): void {
  if (article.text.length > MAX_ARTICLE_CHARACTERS) {
    throw new UserInputError([
      {
        file: article.source,
        message: `article ${article.id} is too long: ${article.text.length} characters`,
        expected: `an article of at most ${MAX_ARTICLE_CHARACTERS.toLocaleString('en')} characters (about 10 MB); split it into several articles`,
      },
    ]);
  }
  into.hashes.push(`${article.id}:${articleHash(article)}`);
  if (shard && shardOf(article.id, shard.count) !== shard.index) return;
  const reason = skipReason(article.text);
  if (reason !== undefined) into.skipped.push({ article, reason });
  else into.entries.push({ id: article.id, chars: article.text.length, place });
}

export interface ShardOption {
  index: number;
  count: number;
}

function finish(collected: Collected, title: string | null, description: string | null, read: (place: Place) => Article, close: () => void): CorpusIndex {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const entries = collected.entries.sort(byId);
  const places = new Map(entries.map((e) => [e.id, e.place]));
  return {
    title,
    description,
    size: entries.length,
    chars: entries.reduce((n, e) => n + e.chars, 0),
    skipped: collected.skipped.sort((a, b) => byId(a.article, b.article)),
    digest: createHash('sha256').update(collected.hashes.sort().join('\n')).digest('hex'),
    *articles() {
      for (const e of entries) yield read(e.place);
    },
    *read(ids) {
      for (const id of ids) {
        const place = places.get(id);
        if (place) yield read(place);
      }
    },
    close,
  };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A corpus read whole (standard input, a spreadsheet, or a JSONL file that is not plain UTF-8), indexed as it is held. */
function indexHeld(corpus: Corpus, shard: ShardOption | undefined): CorpusIndex {
  const collected: Collected = { entries: [], skipped: [], hashes: [] };
  for (const article of corpus.articles) collect(collected, article, { held: article }, shard);
  return finish(collected, corpus.title ?? null, corpus.description ?? null, (place) => (place as { held: Article }).held, () => undefined);
}

/** A JSONL corpus, line by line; on anything that is not plain UTF-8 JSON lines, the whole file is read the old way, for its exact message. */
function indexJsonl(path: string, shown: string, shard: ShardOption | undefined): CorpusIndex {
  // A regular file only: a named pipe would block, a device never end.
  assertRegularFile(path, shown, A_CORPUS);
  const fd = attempt(() => openSync(path, 'r'), shown, A_CORPUS);
  const whole = (): CorpusIndex => {
    closeSync(fd);
    return indexHeld(corpusFromJsonl(shown, decodeText(shown, readUserFile(path, shown, A_CORPUS))), shard);
  };
  const first = Buffer.alloc(3);
  readSync(fd, first, 0, 3, 0);
  if ((first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff)) return whole();
  const problems: Problem[] = [];
  let extra = 0;
  const ids = new Map<string, number>();
  const collected: Collected = { entries: [], skipped: [], hashes: [] };
  let lineNo = 0;
  for (const { offset, bytes } of lines(fd)) {
    lineNo += 1;
    if (bytes.includes(0)) return whole();
    let text: string;
    try {
      text = UTF8.decode(bytes);
    } catch {
      return whole();
    }
    if (lineNo === 1) text = text.replace(/^\uFEFF/, '');
    const { article, problems: found } = articleFromLine(shown, lineNo, text);
    for (const p of found) (problems.length < MAX_PROBLEMS ? problems.push(p) : extra++);
    if (!article) continue;
    const seen = ids.get(article.id);
    if (seen !== undefined) {
      if (problems.length < MAX_PROBLEMS) problems.push(duplicateId(shown, lineNo, article.id, seen));
      else extra++;
      continue;
    }
    ids.set(article.id, lineNo);
    collect(collected, article, { line: lineNo, offset, length: bytes.length }, shard);
  }
  checked(problems, extra);
  if (ids.size === 0) throw noArticles(shown);
  const buffer = { bytes: Buffer.alloc(0) };
  return finish(
    collected,
    null,
    null,
    (place) => {
      const at = place as { line: number; offset: number; length: number };
      if (buffer.bytes.length < at.length) buffer.bytes = Buffer.alloc(Math.max(at.length, buffer.bytes.length * 2));
      readSync(fd, buffer.bytes, 0, at.length, at.offset);
      let text = UTF8.decode(buffer.bytes.subarray(0, at.length));
      if (at.line === 1) text = text.replace(/^\uFEFF/, '');
      const { article } = articleFromLine(shown, at.line, text);
      if (!article) throw new Error(`${shown}:${at.line} changed while it was read`);
      return article;
    },
    () => closeSync(fd),
  );
}

/** A corpus folder: the manifest first (a folder of web pages or Markdown with front matter needs none), then each file once to check it, read again when its turn comes. */
function indexDirectory(dir: string, shard: ShardOption | undefined): CorpusIndex {
  const shown = displayPath(dir);
  const entries = listUserFolder(dir, shown, A_CORPUS);
  const manifests = entries.filter((e) => MANIFEST_NAMES.includes(e.name)).map((e) => e.name);
  if (manifests.length > 1) {
    fail({ file: shown, message: `more than one manifest: ${manifests.join(', ')}`, expected: 'exactly one corpus manifest' });
  }
  const manifestName = manifests[0];
  const names = entries
    // Not only regular files and links: a named pipe or device with an article's name is refused by name, not skipped.
    .filter((e) => !e.isDirectory() && ARTICLE_FILE.test(e.name) && e.name.toLowerCase() !== 'readme.md')
    .map((e) => e.name)
    .sort();
  const manifest = manifestName === undefined ? undefined : { name: manifestName, text: decodeText(`${shown}/${manifestName}`, readInside(dir, manifestName, shown)) };
  const listing = listDirectory({ dir: shown, manifest, names });
  const problems: Problem[] = [];
  let extra = 0;
  const collected: Collected = { entries: [], skipped: [], hashes: [] };
  const read = (listed: ListedArticle): Article => articleOf(listed, readInside(dir, listed.file, shown));
  for (const listed of listing.articles) {
    try {
      collect(collected, read(listed), { listed }, shard);
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      for (const p of error.problems) (problems.length < MAX_PROBLEMS ? problems.push(p) : extra++);
    }
  }
  checked(problems, extra);
  return finish(collected, listing.title ?? null, listing.description ?? null, (place) => read((place as { listed: ListedArticle }).listed), () => undefined);
}

/**
 * A corpus as readCorpus takes it, indexed; with `shard`, only that shard's
 * articles are analysed. A folder is read file by file and a JSONL file line
 * by line; standard input and spreadsheets are read whole (standard input
 * cannot be read twice).
 */
export function indexCorpus(path: string, options: CorpusOptions = {}, shard?: ShardOption): CorpusIndex {
  const source = corpusSource(path, options);
  if (source.kind === 'folder') return indexDirectory(source.dir, shard);
  if (source.kind === 'file' && source.format === 'jsonl') return indexJsonl(source.path, source.shown, shard);
  return indexHeld(readCorpus(path, options), shard);
}
