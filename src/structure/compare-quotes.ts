import { containment, dice, fingerprint, type Fingerprint } from '../nlp/similarity.js';
import type { ArticleStructure } from './types.js';

/** One article's text and structure, for comparing its quotations with other outlets'. */
export interface QuoteSource {
  articleId: string;
  outlet: string;
  text: string;
  structure: ArticleStructure;
}

/** One outlet's rendering of a statement: inside quotation marks (`quoted`) or in its own voice (`paraphrased`). */
export interface Rendering {
  articleId: string;
  outlet: string;
  start: number;
  end: number;
  /** The article text from start to end. */
  text: string;
  kind: 'quoted' | 'paraphrased';
  speaker: string | null;
  /** Similarity to the group's first rendering, 0 to 1 (1 for the first itself). */
  similarity: number;
}

/** A statement rendered by two or more outlets, once per outlet (the first article, in id order, that has it). */
export interface QuoteGroup {
  id: string;
  speaker: string | null;
  renderings: Rendering[];
}

/** Thresholds found on the seeds: a wording change ("comport" → "align") stays above them, another statement by the same speaker falls below. */
const SAME_DICE = 0.75;
const SAME_CONTAINMENT = 0.7;
const PARAPHRASE_CONTAINMENT = 0.6;
const MIN_CONTENT_WORDS = 4;
/** A word in more groups than this says nothing about which statement a quotation is; it proposes no candidates. */
const MAX_POSTINGS = 50;
/** Articles of one outlet searched for a paraphrase of a statement: those sharing most statements with the group's articles. */
const STORY_ARTICLES_PER_OUTLET = 3;

/** Below this share of content words in common, two texts are not compared character by character (the costly part). */
const DICE_GATE = 0.5;
const MAX_DICE_LENGTH_RATIO = 2 / SAME_DICE - 1 + 0.3;

function similarity(a: Fingerprint, b: Fingerprint, containmentNeeded: number): number {
  if (a.comparable === b.comparable) return 1;
  const c = containment(a, b);
  if (c.share < DICE_GATE) return 0;
  const share = c.words >= MIN_CONTENT_WORDS ? c.share : 0;
  // Dice of two texts is at most about 2·short/(short + long): past this length ratio it cannot reach SAME_DICE.
  const [short, long] = [a.comparable.length, b.comparable.length].sort((x, y) => x - y) as [number, number];
  const d = long > short * MAX_DICE_LENGTH_RATIO ? 0 : dice(a, b);
  return d >= SAME_DICE || share >= containmentNeeded ? Math.max(d, share) : 0;
}

interface Group {
  speaker: string | null;
  reference: Fingerprint;
  renderings: Rendering[];
  outlets: Set<string>;
}

/** Sentences of the article's own voice (lede and body, outside quotations), where a paraphrase would be. */
function narratorSentences(source: QuoteSource): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const segment of source.structure.segments) {
    if (segment.kind !== 'lede' && segment.kind !== 'body') continue;
    let from = segment.start;
    for (const m of source.text.slice(segment.start, segment.end).matchAll(/[.!?]\s+(?=\S)/gu)) {
      const end = segment.start + (m.index ?? 0) + 1;
      out.push({ start: from, end });
      from = segment.start + (m.index ?? 0) + m[0].length;
    }
    out.push({ start: from, end: segment.end });
  }
  const quotes = source.structure.quotes;
  return out.filter((s) => !quotes.some((q) => q.start < s.end && s.start < q.end));
}

function rendering(source: QuoteSource, span: { start: number; end: number }, kind: Rendering['kind'], speaker: string | null, sim: number): Rendering {
  return { articleId: source.articleId, outlet: source.outlet, start: span.start, end: span.end, text: source.text.slice(span.start, span.end), kind, speaker, similarity: sim };
}

/**
 * Groups the quotations of different outlets that render the same
 * statement, one article at a time: sources must come in id order (the
 * order analysis hands them on), so groups and their ids do not depend on
 * the input's order or on how the corpus was split. Only the groups are
 * kept, never the articles.
 */
export class QuoteGrouper {
  private readonly groups: Group[] = [];
  private readonly postings = new Map<string, number[]>();
  // Wire copy repeats quotations word for word: the same words by the same speaker join the group they joined before.
  private readonly decided = new Map<string, Group>();

  add(source: QuoteSource): void {
    const { groups, postings, decided } = this;
    for (const quote of source.structure.quotes) {
      const print = fingerprint(source.text.slice(quote.start, quote.end));
      const key = `${quote.speaker ?? ''}\u0000${print.comparable}`;
      const seen = decided.get(key);
      if (seen) {
        if (!seen.outlets.has(source.outlet)) {
          seen.renderings.push(rendering(source, quote, 'quoted', quote.speaker, similarity(seen.reference, print, SAME_CONTAINMENT)));
          seen.outlets.add(source.outlet);
        }
        continue;
      }
      const candidates = new Set<number>();
      for (const w of print.contentWords) {
        const list = postings.get(w);
        if (list && list.length <= MAX_POSTINGS) for (const g of list) candidates.add(g);
      }
      let best: { group: Group; sim: number } | undefined;
      for (const g of [...candidates].sort((a, b) => a - b)) {
        const group = groups[g] as Group;
        if (group.speaker !== null && quote.speaker !== null && group.speaker !== quote.speaker) continue;
        const sim = similarity(group.reference, print, SAME_CONTAINMENT);
        if (sim > 0 && (!best || sim > best.sim)) best = { group, sim };
      }
      if (best) {
        decided.set(key, best.group);
        // The statement is already there for this outlet: its first rendering stands for it.
        if (best.group.outlets.has(source.outlet)) continue;
        best.group.renderings.push(rendering(source, quote, 'quoted', quote.speaker, best.sim));
        best.group.outlets.add(source.outlet);
        best.group.speaker ??= quote.speaker;
        continue;
      }
      const index = groups.length;
      const group: Group = { speaker: quote.speaker, reference: print, renderings: [rendering(source, quote, 'quoted', quote.speaker, 1)], outlets: new Set([source.outlet]) };
      groups.push(group);
      decided.set(key, group);
      for (const w of print.contentWords) {
        const list = postings.get(w);
        if (list) list.push(index);
        else postings.set(w, [index]);
      }
    }
  }

  /**
   * Where to look for paraphrases: for each group, the articles of other
   * outlets on the same story (per outlet, the few articles that share most
   * quoted statements with the group's), so the work stays bounded however
   * large the corpus. The caller reads those articles and hands each to
   * `searchParaphrases`, then takes `result()`.
   */
  paraphrasePlan(): ParaphrasePlan {
    const outletOf = new Map<string, string>();
    // How many statements two articles share: the articles that share most with a group's are its story.
    const shared = new Map<string, Map<string, number>>();
    for (const group of this.groups) {
      for (const r of group.renderings) {
        outletOf.set(r.articleId, r.outlet);
        const counts = shared.get(r.articleId) ?? new Map<string, number>();
        for (const other of group.renderings) if (other.articleId !== r.articleId) counts.set(other.articleId, (counts.get(other.articleId) ?? 0) + 1);
        shared.set(r.articleId, counts);
      }
    }
    const story = this.groups.map((group) => {
      const score = new Map<string, number>();
      for (const r of group.renderings) for (const [id, n] of shared.get(r.articleId) ?? []) score.set(id, (score.get(id) ?? 0) + n);
      const ranked = [...score.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
      const perOutlet = new Map<string, number>();
      const ids: string[] = [];
      for (const [id] of ranked) {
        const outlet = outletOf.get(id) as string;
        const n = perOutlet.get(outlet) ?? 0;
        if (group.outlets.has(outlet) || n >= STORY_ARTICLES_PER_OUTLET) continue;
        perOutlet.set(outlet, n + 1);
        ids.push(id);
      }
      return ids;
    });
    const wanted = new Map<string, number[]>();
    story.forEach((ids, g) => {
      for (const id of ids) {
        const list = wanted.get(id);
        if (list) list.push(g);
        else wanted.set(id, [g]);
      }
    });
    this.plan = { story, wanted, found: new Map() };
    return { articles: [...wanted.keys()].sort() };
  }

  private plan: { story: string[][]; wanted: Map<string, number[]>; found: Map<string, Rendering> } | undefined;

  /** Looks in one planned article's own voice for the sentence closest to each statement it is searched for. */
  searchParaphrases(source: QuoteSource): void {
    const plan = this.plan;
    const groups = plan?.wanted.get(source.articleId);
    if (!plan || !groups) return;
    const sentences = narratorSentences(source).map((span) => ({ span, print: fingerprint(source.text.slice(span.start, span.end)) }));
    for (const g of groups) {
      const group = this.groups[g] as Group;
      let best: { span: { start: number; end: number }; sim: number } | undefined;
      for (const sentence of sentences) {
        const sim = similarity(group.reference, sentence.print, PARAPHRASE_CONTAINMENT);
        if (sim > 0 && (!best || sim > best.sim)) best = { span: sentence.span, sim };
      }
      if (best) plan.found.set(`${g}\u0000${source.articleId}`, rendering(source, best.span, 'paraphrased', null, best.sim));
    }
  }

  /** The statements rendered by two or more outlets, paraphrases included, with stable ids. */
  result(): QuoteGroup[] {
    const plan = this.plan;
    this.groups.forEach((group, g) => {
      for (const id of plan?.story[g] ?? []) {
        const found = plan?.found.get(`${g}\u0000${id}`);
        if (!found || group.outlets.has(found.outlet)) continue;
        group.renderings.push(found);
        group.outlets.add(found.outlet);
      }
    });
    return this.groups
      .filter((g) => g.outlets.size >= 2)
      .map((g, i) => ({ id: `q${i + 1}`, speaker: g.speaker, renderings: g.renderings }));
  }
}

/** The articles a QuoteGrouper wants to search for paraphrases, in id order. */
export interface ParaphrasePlan {
  articles: string[];
}

/**
 * compareQuotes over sources held in memory, in the order given (analyze
 * gives them in id order): the grouping, then the paraphrase search.
 */
export function compareQuotes(sources: QuoteSource[]): QuoteGroup[] {
  const grouper = new QuoteGrouper();
  for (const source of sources) grouper.add(source);
  const wanted = new Set(grouper.paraphrasePlan().articles);
  for (const source of sources) if (wanted.has(source.articleId)) grouper.searchParaphrases(source);
  return grouper.result();
}
