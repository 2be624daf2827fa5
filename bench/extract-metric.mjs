// The article-extraction benchmark's metric (../shared/data/article-extraction-benchmark/README.md):
// shingles of 4 word tokens counted with multiplicity, per-page TP/FP/FN normalised by their sum,
// then precision, recall and F1 over the summed page scores.

/** Runs of word characters, as Python's Unicode `\w+`: letters, digits and the underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function shingles(text) {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map();
  if (tokens.length === 0) return counts;
  if (tokens.length < 4) {
    counts.set(tokens.join(' '), 1);
    return counts;
  }
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const key = tokens.slice(i, i + 4).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's TP, FP and FN, divided by their sum so that every page weighs the same. */
export function pageScore(expected, predicted) {
  const truth = shingles(expected);
  const guess = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of guess) {
    const t = truth.get(key) ?? 0;
    tp += Math.min(n, t);
    fp += Math.max(0, n - t);
  }
  for (const [key, n] of truth) fn += Math.max(0, n - (guess.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum === 0 ? { tp: 0, fp: 0, fn: 0 } : { tp: tp / sum, fp: fp / sum, fn: fn / sum };
}

/** Precision, recall and F1 over pages' scores. */
export function summarise(scores) {
  const tp = scores.reduce((s, x) => s + x.tp, 0);
  const fp = scores.reduce((s, x) => s + x.fp, 0);
  const fn = scores.reduce((s, x) => s + x.fn, 0);
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
