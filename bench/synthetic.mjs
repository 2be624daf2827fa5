// @ts-check
/** Synthetic news text from the seed sentences, for the benchmarks: the same seed always gives the same text. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: tiny, fast and fully determined by its seed, which Math.random is not. */
/** @param {number} seed */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @template T
 * @param {T[]} items
 * @param {() => number} random
 */
export function shuffle(items, random) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = /** @type {T} */ (items[i]);
    items[i] = /** @type {T} */ (items[j]);
    items[j] = t;
  }
  return items;
}

/** The seed texts' sentences; headlines, datelines and captions count as sentences too. */
/** @param {string} seeds */
export function seedSentences(seeds) {
  const files = readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort();
  /** @type {string[]} */
  const sentences = [];
  for (const name of files) {
    const text = readFileSync(join(seeds, name), 'utf8');
    for (const paragraph of text.split(/\r?\n\s*\n/)) {
      for (const s of paragraph.replace(/\s*\n\s*/g, ' ').split(/(?<=[.!?…]["”’)]*)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u)) {
        if (s.trim() !== '') sentences.push(s.trim());
      }
    }
  }
  return sentences;
}

/**
 * A dealer of seed sentences from a deck of all of them, reshuffled whenever it runs out.
 * @param {string[]} pool
 * @param {() => number} random
 */
export function dealer(pool, random) {
  /** @type {string[]} */
  let deck = [];
  return () => {
    if (deck.length === 0) deck = shuffle([...pool], random);
    return /** @type {string} */ (deck.pop());
  };
}

/**
 * An article of about `size` characters: paragraphs of 1–4 sentences dealt from the deck.
 * @param {() => string} draw
 * @param {() => number} random
 * @param {number} size
 */
export function articleText(draw, random, size) {
  /** @type {string[]} */
  const paragraphs = [draw()];
  let length = (paragraphs[0] ?? '').length;
  while (length < size) {
    const n = 1 + Math.floor(random() * 4);
    const paragraph = Array.from({ length: n }, draw).join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return `${paragraphs.join('\n\n')}\n`;
}
