// @ts-check
/**
 * Time to load (parse + schema + checks) and compile a lexicon of 10,000
 * entries, and matching time on the seeds with it against with a small one.
 *
 *   npm run bench:compile [-- --entries=10000 --rounds=5]
 *
 * The entries are phrases of 1–3 words drawn from the seed articles'
 * vocabulary, with a share of wildcards, optional parts and POS slots, so
 * the trie has the shape of a real lexicon. stdout carries the report only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLexicon } from '../dist/lexicon/load.js';
import { compileLexicons } from '../dist/tag/compile.js';
import { matchText } from '../dist/tag/match.js';
import { analyzeText } from '../dist/nlp/tokenize.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const ENTRIES = arg('entries', 10_000);
const ROUNDS = arg('rounds', 5);

const texts = readdirSync(join(ROOT, 'seeds')).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(ROOT, 'seeds', n), 'utf8'));
// Reversed seed words: real word shapes that (almost) never occur in the seeds, so matching time compares lookups, not numbers of hits.
const vocabulary = [...new Set(texts.join(" ").toLowerCase().match(/\p{L}{3,}/gu) ?? [])].map((w) => [...w].reverse().join("")).sort();

/** A deterministic generator, so every run times the same lexicon. */
let state = 7;
const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = () => vocabulary[Math.floor(next() * vocabulary.length)];

function phrase(i) {
  const words = Array.from({ length: 1 + (i % 3) }, pick);
  if (i % 10 === 1) return `${words[0].slice(0, 5)}*`;
  if (i % 10 === 2) return `(${pick()})? ${words.join(' ')}`;
  if (i % 10 === 3) return `[ADJ|PROPN] ${words.join(' ')}`;
  if (i % 10 === 4) return `{${pick()}|${pick()}} ${words.join(' ')}`;
  return words.join(' ');
}

function bigLexicon() {
  const perReferent = 50;
  const referents = [];
  for (let r = 0; r * perReferent < ENTRIES; r++) {
    const variants = [];
    for (let v = 0; v < perReferent && r * perReferent + v < ENTRIES; v++) {
      const i = r * perReferent + v;
      variants.push({ id: `v${i}`, label: `v${i}`, patterns: [phrase(i)], category: 'neutral', explanation: 'Generated.' });
    }
    referents.push({ id: `r${r}`, label: `r${r}`, description: 'Generated.', variants });
  }
  return JSON.stringify({ id: 'bench', version: '1.0.0', title: 'Bench', description: 'Generated.', licence: 'CC0-1.0', sources: [], referents });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const text = bigLexicon();
analyzeText('Warm up the tokenizer.');

const load = [];
const compile = [];
let matcher;
for (let round = 0; round < ROUNDS; round++) {
  let t = performance.now();
  const loaded = loadLexicon('bench.json', text);
  load.push(performance.now() - t);
  t = performance.now();
  matcher = compileLexicons([loaded]);
  compile.push(performance.now() - t);
}

const smallText = readFileSync(join(ROOT, 'lexicons', 'israel-gaza.json'), 'utf8');
const small = compileLexicons([loadLexicon('israel-gaza.json', smallText)]);
const analysed = texts.map((t) => analyzeText(t));
const timeMatch = (m) => {
  const runs = [];
  for (let round = 0; round < ROUNDS * 4; round++) {
    const t = performance.now();
    texts.forEach((t, i) => matchText(t, analysed[i], m));
    runs.push(performance.now() - t);
  }
  return median(runs);
};

process.stdout.write(
  [
    `entries: ${ENTRIES} (vocabulary ${vocabulary.length} words)`,
    `load (parse, schema, checks): ${median(load).toFixed(0)} ms (median of ${ROUNDS})`,
    `compile (syntax, tokenise, trie): ${median(compile).toFixed(0)} ms (median of ${ROUNDS})`,
    `match the 5 seeds, ${ENTRIES}-entry lexicon: ${timeMatch(matcher).toFixed(2)} ms; israel-gaza (${small.variants.length} variants): ${timeMatch(small).toFixed(2)} ms`,
    '',
  ].join('\n'),
);
