import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { ArticleLookup } from '../analyze/cross-article.js';
import { PARTIAL_FORMAT, PARTIAL_VERSION, type PartialResult } from '../analyze/partial.js';
import { partialOf, recordOf, type ArticleLine, type HeaderLine, type PartialLine, type SkippedLine, type SummaryLine } from '../analyze/partial-json.js';
import type { ArticleRecord } from '../analyze/types.js';
import { UserInputError } from '../errors.js';
import partialSchema from '../schemas/partial.schema.json' with { type: 'json' };
import { schemaProblems } from '../schema/validate.js';
import { displayPath } from './display-path.js';
import { lines } from './lines.js';
import { attempt } from './read-file.js';

const A_PARTIAL = `a partial result written by \`framelens analyze --shard k/N --out <file>\` (${PARTIAL_FORMAT} ${PARTIAL_VERSION})`;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A partial file being written: header, article lines, skipped lines, the
 * summary last; into `<path>.part`, renamed into place only when complete,
 * so a partial file is never half-written.
 */
export class PartialWriter {
  private readonly fd: number;
  private readonly temporary: string;

  constructor(private readonly path: string) {
    this.temporary = `${path}.part`;
    this.fd = attempt(() => openSync(this.temporary, 'w'), displayPath(path), 'a file you can write the partial result to');
  }

  line(value: PartialLine): void {
    writeSync(this.fd, `${JSON.stringify(value)}\n`);
  }

  commit(): void {
    closeSync(this.fd);
    renameSync(this.temporary, this.path);
  }

  abort(): void {
    closeSync(this.fd);
    rmSync(this.temporary, { force: true });
  }
}

/** The lines of a partial file, parsed, each with its line number; article lines only when `articles` is set. */
function* partialLines(path: string, articles: boolean): Generator<{ line: number; value: PartialLine }> {
  const shown = displayPath(path);
  const fd = attempt(() => openSync(path, 'r'), shown, A_PARTIAL);
  try {
    let n = 0;
    for (const { bytes } of lines(fd)) {
      n += 1;
      if (bytes.length === 0) continue;
      // Article lines are most of the file: when they are not wanted, they are recognised by their start and not parsed.
      if (!articles && n > 1 && bytes[9] === 0x61 && Buffer.from(bytes.subarray(0, 18)).toString() === '{"kind":"article",') continue;
      let value: PartialLine;
      try {
        value = JSON.parse(UTF8.decode(bytes)) as PartialLine;
      } catch (error) {
        throw new UserInputError([{ file: shown, line: n, message: `not a partial result: ${(error as Error).message}`, expected: A_PARTIAL }]);
      }
      if (n === 1 && (value.kind !== 'header' || value.format !== PARTIAL_FORMAT)) throw new UserInputError([{ file: shown, line: 1, message: 'not a partial result (no framelens-partial header)', expected: A_PARTIAL }]);
      if (n === 1 && value.kind === 'header' && value.version.split('.')[0] !== PARTIAL_VERSION.split('.')[0]) {
        throw new UserInputError([{ file: shown, line: 1, pointer: '/version', value: value.version, message: 'a partial result of another version', expected: `version ${PARTIAL_VERSION} (run \`framelens analyze\` again with this framelens)` }]);
      }
      if (value.kind !== 'article') {
        const problems = schemaProblems(partialSchema, { file: shown, value, locate: () => ({ line: n, column: 1 }) });
        if (problems.length > 0) throw new UserInputError(problems);
      }
      yield { line: n, value };
    }
  } finally {
    closeSync(fd);
  }
}

export interface PartialFile {
  path: string;
  header: HeaderLine;
  partial: PartialResult;
}

/** A partial file's header, sums and skipped articles (its article lines are read later, as they are written out). */
export function readPartial(path: string): PartialFile {
  const shown = displayPath(path);
  let header: HeaderLine | undefined;
  let summary: SummaryLine | undefined;
  const skipped: SkippedLine[] = [];
  for (const { value } of partialLines(path, false)) {
    if (value.kind === 'header') header = value;
    else if (value.kind === 'summary') summary = value;
    else if (value.kind === 'skipped') skipped.push(value);
  }
  if (!header || !summary) throw new UserInputError([{ file: shown, message: 'an incomplete partial result (no summary line: was it cut short?)', expected: A_PARTIAL }]);
  return { path, header, partial: partialOf(header, summary, skipped) };
}

/** A partial file's articles, as records, in the order written (id order). */
export function* partialRecords(file: PartialFile): Generator<ArticleRecord> {
  const { frame, settings } = file.header;
  for (const { value } of partialLines(file.path, true)) if (value.kind === 'article') yield recordOf(value as ArticleLine, frame, settings.includeBoilerplate);
}

/** The records of several partial files as one stream in id order (each file is in id order already): a k-way merge holding one record per file. */
export function* mergedRecords(files: PartialFile[]): Generator<ArticleRecord> {
  const streams = files.map((f) => partialRecords(f));
  const heads = streams.map((s) => s.next());
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i] as IteratorResult<ArticleRecord>;
      if (head.done) continue;
      const bestHead = heads[best] as IteratorResult<ArticleRecord> | undefined;
      if (best < 0 || (bestHead && !bestHead.done && head.value.article.id < bestHead.value.article.id)) best = i;
    }
    if (best < 0) return;
    const head = heads[best] as IteratorYieldResult<ArticleRecord>;
    yield head.value;
    heads[best] = (streams[best] as Generator<ArticleRecord>).next();
  }
}

/** Reads the given articles again from the partial files (ids in id order). */
export function partialLookup(files: PartialFile[]): { lookup: ArticleLookup; records: (ids: readonly string[]) => Generator<ArticleRecord> } {
  function* records(ids: readonly string[]): Generator<ArticleRecord> {
    const wanted = new Set(ids);
    if (wanted.size === 0) return;
    for (const record of mergedRecords(files)) if (wanted.has(record.article.id)) yield record;
  }
  return {
    records,
    lookup: async function* (ids) {
      for (const record of records(ids)) yield { article: record.article, structure: record.structure };
    },
  };
}
