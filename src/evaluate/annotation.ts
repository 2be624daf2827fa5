import annotationSchema from '../schemas/annotation.schema.json' with { type: 'json' };
import { UserInputError, type Problem } from '../errors.js';
import { formatOf, parseDataFile, type DataFile } from '../schema/data-file.js';
import { assertSchema } from '../schema/validate.js';
import { paragraphsOf } from '../structure/paragraphs.js';
import { anchorProblem, choose, resolveSelector, type Occurrence, type Selector } from './anchors.js';
import { speakerIds } from './speaker-ids.js';
import type { ArticleAnnotation, GoldQuoteKind, GoldSegmentKind, LineSegment, MarkerSpan, QuoteSpan, Span } from './types.js';

/** An annotation file as written (schema `src/schemas/annotation.schema.json`). */
export interface AnnotationFile {
  article: string;
  annotator?: string;
  notes?: string;
  lexicons?: string[];
  segments?: (Selector & { kind: GoldSegmentKind; line?: string; note?: string })[];
  markers?: (Selector & { id: string; note?: string })[];
  quotes?: (Selector & { kind: GoldQuoteKind; speaker?: string | string[] | null; note?: string })[];
}

/** A parsed and schema-checked annotation file, before it is laid on its article's text. */
export interface ParsedAnnotation {
  data: DataFile;
  file: AnnotationFile;
}

/** Parses and validates one annotation file (JSON or YAML): exit-2 problems with line and pointer. */
export function parseAnnotation(name: string, text: string): ParsedAnnotation {
  const data = parseDataFile(name, text, formatOf(name));
  return { data, file: assertSchema<AnnotationFile>(annotationSchema, data) };
}

function lineSegments(text: string, annotation: AnnotationFile, data: DataFile, problems: Problem[]): { lines: LineSegment[]; datelines: Span[] } {
  const lines: LineSegment[] = paragraphsOf(text).map((p) => ({ start: p.start, end: p.end, kind: 'body' }));
  const datelines: Span[] = [];
  (annotation.segments ?? []).forEach((s, i) => {
    const pointer = `/segments/${i}`;
    if (s.line !== undefined) {
      const prefix = s.line;
      // A line that is exactly these words is meant before lines that only start with them ("The U" before "The U.S. …").
      const whole = lines.filter((l) => l.end - l.start === prefix.length && text.startsWith(prefix, l.start));
      const found = whole.length > 0 ? whole : lines.filter((l) => text.startsWith(prefix, l.start) && l.start + prefix.length <= l.end);
      const chosen = choose(
        found.map((l) => l.start),
        s.occurrence as Occurrence,
        `a line starting "${prefix}"`,
      );
      if (typeof chosen === 'string') problems.push(anchorProblem(data.file, `${pointer}/line`, data.locate(`${pointer}/line`), prefix, chosen));
      else for (const start of chosen) (lines.find((l) => l.start === start) as LineSegment).kind = s.kind;
      return;
    }
    const spans = resolveSelector(text, s);
    if (typeof spans === 'string') problems.push(anchorProblem(data.file, pointer, data.locate(pointer), s.text, spans));
    else if (s.kind === 'dateline') datelines.push(...spans);
    else problems.push({ file: data.file, pointer: `${pointer}/text`, value: s.text, message: 'only a dateline is given by its words', expected: '"line": the first words of the line, for every kind but dateline' });
  });
  return { lines, datelines };
}

/** Lays a parsed annotation on its article's text: every span resolved to offsets, or every problem reported at once. */
export function resolveAnnotation(parsed: ParsedAnnotation, text: string): ArticleAnnotation {
  const { data, file } = parsed;
  const problems: Problem[] = [];
  const spansOf = (s: Selector, pointer: string): Span[] => {
    const spans = resolveSelector(text, s);
    if (typeof spans !== 'string') return spans;
    problems.push(anchorProblem(data.file, pointer, data.locate(pointer), s.text ?? { from: s.from, to: s.to }, spans));
    return [];
  };
  const markers: MarkerSpan[] = (file.markers ?? []).flatMap((m, i) => spansOf(m, `/markers/${i}`).map((span) => ({ ...span, id: m.id })));
  const quotes: QuoteSpan[] = (file.quotes ?? []).flatMap((q, i) => {
    const named = q.speaker === undefined || q.speaker === null ? [] : typeof q.speaker === 'string' ? [q.speaker] : q.speaker;
    return spansOf(q, `/quotes/${i}`).map((span) => ({ ...span, kind: q.kind, speakers: q.kind === 'scare' ? [] : speakerIds(named) }));
  });
  const { lines, datelines } = lineSegments(text, file, data, problems);
  if (problems.length > 0) throw new UserInputError(problems);
  const lexicons = file.lexicons ?? [...new Set(markers.map((m) => m.id.split('/')[0] as string))].sort();
  return { article: file.article, lexicons, markers: markers.sort((a, b) => a.start - b.start || a.end - b.end), quotes: quotes.sort((a, b) => a.start - b.start), lines, datelines };
}
