import type { Article } from '../corpus/types.js';
import { emptyReplicates } from '../score/replicates.js';
import type { ScoringFrame } from '../score/score.js';
import type { OutletTally, ScopeTally, VoiceTally, WordParts } from '../score/tally.js';
import type { ArticleStructure, SegmentKind, Speaker } from '../structure/types.js';
import type { PartWords } from '../structure/word-counts.js';
import type { Voice, VoicedHit } from '../tag/types.js';
import type { Aggregates, OutletQuoting } from './aggregates.js';
import { scoreRead } from './article.js';
import { PARTIAL_FORMAT, PARTIAL_VERSION, type PartialResult, type PartialSettings, type ShardName, type SkippedSummary } from './partial.js';
import type { ArticleRecord } from './types.js';

/*
 * The partial file is JSON Lines (schema: src/schemas/partial.schema.json):
 * a header line (settings, corpus, shards), one line per article in id order
 * (everything its outputs and the corpus-wide steps need, so a merge reads
 * no corpus and runs no language processing), a line per article set aside,
 * and a last line with the sums. Maps are written as sorted lists and typed
 * arrays as base64, so a partial is byte-identical whatever order its
 * articles were analysed in.
 */

export interface HeaderLine {
  kind: 'header';
  format: typeof PARTIAL_FORMAT;
  version: string;
  settings: PartialSettings;
  /** The variants and categories scores are reported in, in the matcher's order: a merge needs them without compiling the lexicons. */
  frame: ScoringFrame;
  corpus: PartialResult['corpus'];
  shards: ShardName[];
}

/** A hit as stored: variant index in the frame, start, end, sentence, voice, segment, speaker id. */
export type StoredHit = [number, number, number, number, Voice, SegmentKind, string | null];

export interface ArticleLine {
  kind: 'article';
  id: string;
  article: Omit<Article, 'id'>;
  words: number;
  partWords: PartWords;
  structure: ArticleStructure;
  hits: StoredHit[];
  vocabulary: [string, number][];
  fingerprint: string;
  signature: string;
}

export interface SkippedLine extends SkippedSummary {
  kind: 'skipped';
}

interface VoiceJson {
  words: number;
  hits: number;
  variants: [string, number][];
  categories: [string, number][];
}

interface TallyJson {
  outlet: string;
  articles: number;
  parts: WordParts;
  own: VoiceJson;
  quoted: VoiceJson;
  top: VoiceJson;
  boilerplateHits: number;
  replicates: { words: string; counts: [string, string][] };
}

export interface AggregatesJson {
  corpus: TallyJson[];
  stories: { story: string; outlets: TallyJson[] }[];
  vocabulary: { outlet: string; terms: [string, number][] }[];
  timeline: [string, string, string, number][];
  periods: [string, number][];
  dates: { first: string | null; last: string | null };
  quoting: { outlet: string; words: number; speakers: [string, number, number][] }[];
  speakers: Speaker[];
  shortNames: [string, string, string][];
  totals: { articles: number; words: number; hits: number };
}

export interface SummaryLine {
  kind: 'summary';
  articles: number;
  aggregates: AggregatesJson;
}

export type PartialLine = HeaderLine | ArticleLine | SkippedLine | SummaryLine;

const byKey = <T>(entries: Iterable<[string, T]>): [string, T][] => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

function base64(array: Uint32Array | Int32Array | Float64Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

function fromBase64<T extends Uint32Array | Int32Array | Float64Array>(text: string, make: (buffer: ArrayBuffer, length: number) => T, bytes: number): T {
  const raw = Buffer.from(text, 'base64');
  // Copied into an aligned buffer of its own: a Buffer may sit at any offset of a shared pool.
  const copy = new ArrayBuffer(raw.byteLength);
  new Uint8Array(copy).set(raw);
  return make(copy, raw.byteLength / bytes);
}

const uint32 = (text: string): Uint32Array => fromBase64(text, (b, n) => new Uint32Array(b, 0, n), 4);
const int32 = (text: string): Int32Array => fromBase64(text, (b, n) => new Int32Array(b, 0, n), 4);
const float64 = (text: string): Float64Array => fromBase64(text, (b, n) => new Float64Array(b, 0, n), 8);

export function headerLine(partial: PartialResult, frame: ScoringFrame): HeaderLine {
  return { kind: 'header', format: PARTIAL_FORMAT, version: PARTIAL_VERSION, settings: partial.settings, frame, corpus: partial.corpus, shards: partial.shards };
}

export function articleLine(record: ArticleRecord, variantIndex: ReadonlyMap<string, number>): ArticleLine {
  const { id, ...article } = record.article;
  return {
    kind: 'article',
    id,
    article,
    words: record.words,
    partWords: record.partWords,
    structure: record.structure,
    hits: record.hits.map((h) => [variantIndex.get(h.id) as number, h.start, h.end, h.sentence, h.voice, h.segment, h.speaker]),
    vocabulary: record.vocabulary,
    fingerprint: base64(record.fingerprint),
    signature: base64(record.signature),
  };
}

/** The record again, scored as analysis scored it. */
export function recordOf(line: ArticleLine, frame: ScoringFrame, includeBoilerplate: boolean): ArticleRecord {
  const article: Article = { id: line.id, ...line.article };
  const hits: VoicedHit[] = line.hits.map(([v, start, end, sentence, voice, segment, speaker]) => {
    const info = frame.variants[v];
    if (!info) throw new Error(`a partial names variant ${v}, beyond the ${frame.variants.length} of its header`);
    return { id: info.id, lexicon: info.lexicon, referent: info.referent, variant: info.variant, category: info.category, start, end, text: article.text.slice(start, end), sentence, voice, speaker, segment };
  });
  return {
    article,
    ...scoreRead(article, { words: line.words, partWords: line.partWords, structure: line.structure, hits }, frame, includeBoilerplate),
    vocabulary: line.vocabulary,
    fingerprint: uint32(line.fingerprint),
    signature: uint32(line.signature),
  };
}

function voiceJson(v: VoiceTally): VoiceJson {
  return { words: v.words, hits: v.hits, variants: byKey(v.variants), categories: byKey(v.categories) };
}

function tallyJson(t: OutletTally): TallyJson {
  return {
    outlet: t.outlet,
    articles: t.articles,
    parts: t.parts,
    own: voiceJson(t.own),
    quoted: voiceJson(t.quoted),
    top: voiceJson(t.top),
    boilerplateHits: t.boilerplateHits,
    replicates: { words: base64(t.replicates.words), counts: byKey(t.replicates.counts).map(([k, row]) => [k, base64(row)]) },
  };
}

const scopeJson = (scope: ScopeTally): TallyJson[] => byKey(scope).map(([, t]) => tallyJson(t));

export function summaryLine(partial: PartialResult): SummaryLine {
  const a = partial.aggregates;
  const timeline: [string, string, string, number][] = [];
  for (const [period, byOutlet] of byKey(a.timeline)) for (const [outlet, counts] of byKey(byOutlet)) for (const [id, n] of byKey(counts)) timeline.push([period, outlet, id, n]);
  return {
    kind: 'summary',
    articles: partial.articles,
    aggregates: {
      corpus: scopeJson(a.corpus),
      stories: byKey(a.stories).map(([story, scope]) => ({ story, outlets: scopeJson(scope) })),
      vocabulary: byKey(a.vocabulary).map(([outlet, terms]) => ({ outlet, terms: byKey(terms) })),
      timeline,
      periods: byKey(a.periods),
      dates: a.dates,
      quoting: byKey(a.quoting).map(([outlet, q]) => ({ outlet, words: q.words, speakers: byKey(q.speakers).map(([id, row]) => [id, row.quotes, row.words]) })),
      speakers: byKey(a.speakers).map(([, s]) => s),
      shortNames: byKey(a.shortNames).map(([outlet, s]) => [outlet, s.articleId, s.short]),
      totals: a.totals,
    },
  };
}

function voiceOf(v: VoiceJson): VoiceTally {
  return { words: v.words, hits: v.hits, variants: new Map(v.variants), categories: new Map(v.categories) };
}

function tallyOf(t: TallyJson): OutletTally {
  const replicates = emptyReplicates();
  replicates.words = float64(t.replicates.words);
  for (const [key, row] of t.replicates.counts) replicates.counts.set(key, int32(row));
  return { outlet: t.outlet, articles: t.articles, parts: t.parts, own: voiceOf(t.own), quoted: voiceOf(t.quoted), top: voiceOf(t.top), boilerplateHits: t.boilerplateHits, replicates };
}

const scopeOf = (list: TallyJson[]): ScopeTally => new Map(list.map((t) => [t.outlet, tallyOf(t)]));

export function aggregatesOf(json: AggregatesJson): Aggregates {
  const timeline: Aggregates['timeline'] = new Map();
  for (const [period, outlet, id, n] of json.timeline) {
    let byOutlet = timeline.get(period);
    if (!byOutlet) timeline.set(period, (byOutlet = new Map()));
    let counts = byOutlet.get(outlet);
    if (!counts) byOutlet.set(outlet, (counts = new Map()));
    counts.set(id, n);
  }
  return {
    corpus: scopeOf(json.corpus),
    stories: new Map(json.stories.map((s) => [s.story, scopeOf(s.outlets)])),
    vocabulary: new Map(json.vocabulary.map((v) => [v.outlet, new Map(v.terms)])),
    timeline,
    periods: new Map(json.periods),
    dates: json.dates,
    quoting: new Map(json.quoting.map((q): [string, OutletQuoting] => [q.outlet, { words: q.words, speakers: new Map(q.speakers.map(([id, quotes, words]) => [id, { quotes, words }])) }])),
    speakers: new Map(json.speakers.map((s) => [s.id, s])),
    shortNames: new Map(json.shortNames.map(([outlet, articleId, short]) => [outlet, { articleId, short }])),
    totals: json.totals,
  };
}

/** A partial from its header, summary and skipped lines. */
export function partialOf(header: HeaderLine, summary: SummaryLine, skipped: SkippedLine[]): PartialResult {
  return {
    settings: header.settings,
    corpus: header.corpus,
    shards: header.shards,
    articles: summary.articles,
    skipped: skipped.map(({ kind: _kind, ...s }) => s),
    aggregates: aggregatesOf(summary.aggregates),
  };
}
