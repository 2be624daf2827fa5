import type { SegmentKind } from '../structure/types.js';
import type { VariantInfo, Voice, VoicedHit } from '../tag/types.js';

/*
 * A shard's hits cross from a worker thread as one integer array rather than
 * as objects: cloning hundreds of thousands of objects with five repeated
 * strings each cost more than finding them. Everything else in a hit follows
 * from the variant and the article text.
 */
const VOICES: readonly Voice[] = ['narrator', 'quoted', 'boilerplate'];
const SEGMENTS: readonly SegmentKind[] = ['headline', 'subhead', 'byline', 'dateline', 'caption', 'lede', 'body', 'boilerplate'];
/** variant, start, end, sentence, voice, segment, speaker (-1 for none). */
const FIELDS = 7;

export interface PackedHits {
  numbers: Int32Array;
  /** How many hits each article has, in article order. */
  counts: number[];
  /** The speaker ids the hits name, by the index stored in them. */
  speakers: string[];
}

/** Packs each article's hits; `variantIndex` gives a hit id's place in the matcher's variants. */
export function packHits(perArticle: readonly VoicedHit[][], variantIndex: ReadonlyMap<string, number>): PackedHits {
  const total = perArticle.reduce((n, hits) => n + hits.length, 0);
  const numbers = new Int32Array(total * FIELDS);
  const speakers: string[] = [];
  const speakerIndex = new Map<string, number>();
  let at = 0;
  for (const hits of perArticle) {
    for (const hit of hits) {
      let speaker = -1;
      if (hit.speaker !== null) {
        speaker = speakerIndex.get(hit.speaker) ?? speakers.length;
        if (speaker === speakers.length) {
          speakers.push(hit.speaker);
          speakerIndex.set(hit.speaker, speaker);
        }
      }
      numbers[at] = variantIndex.get(hit.id) as number;
      numbers[at + 1] = hit.start;
      numbers[at + 2] = hit.end;
      numbers[at + 3] = hit.sentence;
      numbers[at + 4] = VOICES.indexOf(hit.voice);
      numbers[at + 5] = SEGMENTS.indexOf(hit.segment);
      numbers[at + 6] = speaker;
      at += FIELDS;
    }
  }
  return { numbers, counts: perArticle.map((hits) => hits.length), speakers };
}

/** The hits again, article by article; `texts` are the articles' texts in the same order. */
export function unpackHits(packed: PackedHits, texts: readonly string[], variants: readonly VariantInfo[]): VoicedHit[][] {
  const { numbers, counts, speakers } = packed;
  let at = 0;
  return counts.map((count, article) => {
    const text = texts[article] as string;
    const hits: VoicedHit[] = new Array<VoicedHit>(count);
    for (let h = 0; h < count; h++, at += FIELDS) {
      const info = variants[numbers[at] as number] as VariantInfo;
      const start = numbers[at + 1] as number;
      const end = numbers[at + 2] as number;
      const speaker = numbers[at + 6] as number;
      hits[h] = {
        id: info.id,
        lexicon: info.lexicon,
        referent: info.referent,
        variant: info.variant,
        category: info.category,
        start,
        end,
        text: text.slice(start, end),
        sentence: numbers[at + 3] as number,
        voice: VOICES[numbers[at + 4] as number] as Voice,
        speaker: speaker < 0 ? null : (speakers[speaker] as string),
        segment: SEGMENTS[numbers[at + 5] as number] as SegmentKind,
      };
    }
    return hits;
  });
}
