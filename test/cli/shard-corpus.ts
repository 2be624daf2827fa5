import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CorpusLine {
  id: string;
  outlet: string;
  text: string;
  date?: string;
  story?: string;
  wireSource?: string;
}

const OUTLETS = ['Alpha Times', 'Beta News', 'Gamma Post', 'Delta Wire'];

/** The seed articles' sentences of five words or more, in file order. */
function seedSentences(): string[] {
  const manifest = JSON.parse(readFileSync('seeds/corpus.json', 'utf8')) as { articles: { file: string }[] };
  return manifest.articles.flatMap((a) =>
    readFileSync(join('seeds', a.file), 'utf8')
      .split(/(?<=[.!?”"])\s+(?=[A-Z“"])/)
      .map((p) => p.trim())
      .filter((p) => p.split(/\s+/).length >= 5),
  );
}

/** A fixed sequence of numbers in [0, 1) (a linear congruential generator): the same corpus every time. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A made-up corpus of 37 articles for the shard and merge tests: four
 * outlets of nine articles each (so their intervals are not small samples),
 * each article seed sentences drawn from a fixed sequence (so the same
 * quotations turn up in several outlets), dated over two months, in two
 * stories; one article copied word for word under a wire outlet (a group of
 * shared copies) and one empty (set aside). Lines are given in no
 * particular order: ids are not sorted.
 */
export function shardCorpus(): CorpusLine[] {
  const sentences = seedSentences();
  const next = sequence(13);
  const lines: CorpusLine[] = [];
  for (let i = 0; i < 36; i++) {
    // A headline, then three paragraphs of four sentences drawn at random: two articles share a sentence or two, not their text.
    const pick = (n: number) => Array.from({ length: n }, () => sentences[Math.floor(next() * sentences.length)]).join(' ');
    const text = [pick(1), pick(4), pick(4), pick(4)].join('\n\n');
    const day = 1 + ((i * 7) % 59);
    const date = new Date(Date.UTC(2024, 2, day)).toISOString().slice(0, 10);
    lines.push({ id: `a${String(i).padStart(2, '0')}`, outlet: OUTLETS[i % OUTLETS.length] as string, text, date, story: i % 3 === 0 ? 'Talks' : 'Rafah' });
  }
  const original = lines[3] as CorpusLine;
  lines.push({ ...original, id: 'copy-of-a03', outlet: 'Reuters', wireSource: 'Reuters' });
  lines.push({ id: 'empty-one', outlet: 'Beta News', text: ' \n ' });
  // A fixed shuffle, so the corpus is not in id order.
  return lines.map((line, i) => ({ line, key: (i * 17) % 41 })).sort((a, b) => a.key - b.key).map((x) => x.line);
}
