/**
 * Where each stretch of an article's text came from in its source file. A
 * Markdown file's article text leaves out markup (`*`, `>`, link targets,
 * escapes), so offsets into the text are not offsets into the file; an
 * editor needs the file's. The map is a list of runs: run i covers text
 * `[textStarts[i], textStarts[i + 1])` and came from source
 * `[sourceStarts[i], sourceEnds[i])`, character for character when `exact[i]`.
 */
export interface OffsetMap {
  textStarts: number[];
  sourceStarts: number[];
  sourceEnds: number[];
  exact: boolean[];
  /** The article text's length: the end of the last run. */
  textLength: number;
}

/** The map of a text that is its own source (a .txt file). */
export function identityMap(length: number): OffsetMap {
  return { textStarts: [0], sourceStarts: [0], sourceEnds: [length], exact: [true], textLength: length };
}

/** Collects runs in text order; an exact run that continues the previous one in both text and source joins it. */
export class OffsetMapBuilder {
  private readonly map: OffsetMap = { textStarts: [], sourceStarts: [], sourceEnds: [], exact: [], textLength: 0 };

  /** `textLength` characters of text that came from source `[sourceStart, sourceEnd)`. */
  add(textLength: number, sourceStart: number, sourceEnd: number, exact: boolean): void {
    if (textLength <= 0) return;
    const m = this.map;
    const last = m.exact.length - 1;
    if (exact && last >= 0 && m.exact[last] && m.sourceEnds[last] === sourceStart) {
      m.sourceEnds[last] = sourceEnd;
    } else {
      m.textStarts.push(m.textLength);
      m.sourceStarts.push(sourceStart);
      m.sourceEnds.push(sourceEnd);
      m.exact.push(exact);
    }
    m.textLength += textLength;
  }

  build(): OffsetMap {
    return this.map;
  }
}

/** The index of the last of ascending `starts` that is at or before `at` (0 when none is). */
export function lastAtOrBefore(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The run holding text offset `at`. */
const runAt = (map: OffsetMap, at: number): number => lastAtOrBefore(map.textStarts, at);

/** The source offset where the text character at `start` begins. */
export function sourceStart(map: OffsetMap, start: number): number {
  if (map.textStarts.length === 0) return 0;
  const r = runAt(map, start);
  const offset = start - (map.textStarts[r] as number);
  return map.exact[r] ? (map.sourceStarts[r] as number) + offset : (map.sourceStarts[r] as number);
}

/** The source offset just after the text character before `end` (an exclusive end). */
export function sourceEnd(map: OffsetMap, end: number): number {
  if (map.textStarts.length === 0 || end <= 0) return sourceStart(map, 0);
  const r = runAt(map, end - 1);
  const offset = end - (map.textStarts[r] as number);
  return map.exact[r] ? (map.sourceStarts[r] as number) + offset : (map.sourceEnds[r] as number);
}

/** Whether text `[start, end)` was copied from the source character for character, so replacing the source there replaces exactly that text. */
export function copiedExactly(map: OffsetMap, start: number, end: number): boolean {
  if (map.textStarts.length === 0 || end <= start) return false;
  const first = runAt(map, start);
  const last = runAt(map, end - 1);
  for (let r = first; r <= last; r++) {
    if (!map.exact[r]) return false;
    // Two exact runs next to each other in the text but not in the source (markup between them) break the copy.
    if (r > first && map.sourceStarts[r] !== map.sourceEnds[r - 1]) return false;
  }
  return true;
}
