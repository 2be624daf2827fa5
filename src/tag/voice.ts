import { OUT_OF_ARTICLE, OWN_VOICE_QUOTES, type ArticleStructure, type Quote, type Segment } from '../structure/types.js';
import type { Hit, VoicedHit } from './types.js';

/** The span of a sorted, non-overlapping list that contains `offset`, by binary search. */
function spanAt<T extends { start: number; end: number }>(spans: T[], offset: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as T;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * Gives each hit its voice, speaker and segment. A hit is quoted when it lies
 * inside a quotation, and boilerplate when it lies in page furniture (a
 * caption or byline included): there, quotation marks do not make anyone's
 * words the article's.
 */
export function voiceHits(hits: Hit[], structure: ArticleStructure): VoicedHit[] {
  return hits.map((hit) => {
    const segment: Segment | undefined = spanAt(structure.segments, hit.start);
    const kind = segment?.kind ?? 'body';
    const outside = OUT_OF_ARTICLE.has(kind);
    // A scare quote is the outlet's own distance from a word: its words stay in the outlet's voice.
    const found: Quote | undefined = outside ? undefined : spanAt(structure.quotes, hit.start);
    const quote = found && !OWN_VOICE_QUOTES.has(found.kind) ? found : undefined;
    const quoted = quote !== undefined && hit.end <= quote.end;
    return {
      id: hit.id,
      lexicon: hit.lexicon,
      referent: hit.referent,
      variant: hit.variant,
      category: hit.category,
      start: hit.start,
      end: hit.end,
      text: hit.text,
      sentence: hit.sentence,
      voice: outside ? 'boilerplate' : quoted ? 'quoted' : 'narrator',
      speaker: quoted ? quote.speaker : null,
      segment: kind,
    };
  });
}
