// @ts-check
/**
 * Throughput of analyze() against bare wink-nlp readDoc on the same ~20 MB
 * corpus, built in memory from the seed sentences.
 *
 *   npm run bench [-- --seed=7 --mb=20 --rounds=3]
 *
 * Plain .mjs over ../dist so the benchmark needs no build of its own and is
 * never part of the library. Each measurement runs in a fresh child process:
 * peak RSS is per process, and a child that ran one side first would carry
 * its heap and JIT state into the other. stdout carries the report only.
 */
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articleText, dealer, prng, seedSentences } from './synthetic.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = join(ROOT, 'seeds');
const LEXICON_DIR = join(ROOT, 'lexicons');
const FALLBACK_LEXICON = join(ROOT, 'test', 'fixtures', 'lexicons', 'mini.json');
const OUTLETS = ['Outlet A', 'Outlet B', 'Outlet C', 'Outlet D', 'Outlet E'];
const TARGET_RATIO = 0.8;
/** Articles timed before the clock starts in both children, so neither side is charged for JIT warm-up or lazy loading. */
const WARM_UP_ARTICLES = 50;

/** @typedef {'bare' | 'analyze' | 'analyze-1t'} Kind */
/** @typedef {{ id: string, outlet: string, text: string, source: string }} BenchArticle */
/**
 * @typedef {object} ChildResult
 * @property {Kind} kind
 * @property {number} seconds
 * @property {number} words
 * @property {number} articles
 * @property {number} bytes
 * @property {string} corpusSha256
 * @property {number} maxRssKb
 * @property {string} lexicons
 * @property {number} workers
 */

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {Record<string, string>} */
  const args = {};
  for (const a of argv) {
    const m = /^--([a-z]+)=(.*)$/.exec(a);
    if (m && m[1] !== undefined && m[2] !== undefined) args[m[1]] = m[2];
  }
  return {
    child: args.child,
    seed: Number(args.seed ?? 7),
    mb: Number(args.mb ?? 20),
    rounds: Number(args.rounds ?? 3),
  };
}

/**
 * Articles of 2–4 KB made of paragraphs of 1–4 sentences drawn from a deck
 * of all seed sentences, reshuffled whenever it runs out: the same seed and
 * size always give the same corpus.
 * @param {number} seed
 * @param {number} megabytes
 * @returns {BenchArticle[]}
 */
export function buildCorpus(seed, megabytes) {
  const random = prng(seed);
  const draw = dealer(seedSentences(SEEDS), random);
  const target = megabytes * 1024 * 1024;
  /** @type {BenchArticle[]} */
  const articles = [];
  let bytes = 0;
  while (bytes < target) {
    const text = articleText(draw, random, 2048 + Math.floor(random() * 2048));
    const id = `bench-${String(articles.length).padStart(6, '0')}`;
    articles.push({ id, outlet: /** @type {string} */ (OUTLETS[articles.length % OUTLETS.length]), text, source: `memory:${id}` });
    bytes += Buffer.byteLength(text, 'utf8');
  }
  return articles;
}

/** @param {BenchArticle[]} articles */
function corpusDigest(articles) {
  const hash = createHash('sha256');
  for (const a of articles) hash.update(`${a.id}\0${a.outlet}\0${a.text}\0`);
  return hash.digest('hex');
}

/** The bundled lexicons, or the test fixture while lexicons/ is still empty. */
function lexiconFiles() {
  /** @type {string[]} */
  let files = [];
  try {
    files = readdirSync(LEXICON_DIR).filter((n) => n.endsWith('.json')).sort().map((n) => join(LEXICON_DIR, n));
  } catch {
    files = [];
  }
  return files.length > 0 ? files : [FALLBACK_LEXICON];
}

function collectGarbage() {
  const gc = /** @type {{ gc?: () => void }} */ (globalThis).gc;
  if (gc) gc();
}

/**
 * One measurement; everything before the clock starts (imports, model load,
 * corpus, word count, warm-up) is the same for both kinds.
 * @param {Kind} kind
 * @param {number} seed
 * @param {number} megabytes
 * @returns {Promise<ChildResult>}
 */
async function measure(kind, seed, megabytes) {
  const { countWords } = await import('../dist/nlp/words.js');
  const articles = buildCorpus(seed, megabytes);
  const words = articles.reduce((n, a) => n + countWords(a.text), 0);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
  const warm = articles.slice(0, WARM_UP_ARTICLES);
  let lexicons = '';
  let seconds = 0;
  let workers = 0;

  if (kind === 'bare') {
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    const nlp = winkNLP(model, ['sbd', 'pos']);
    for (const a of warm) nlp.readDoc(a.text);
    collectGarbage();
    const t0 = performance.now();
    for (const a of articles) nlp.readDoc(a.text);
    seconds = (performance.now() - t0) / 1000;
  } else {
    const { analyze } = await import('../dist/analyze/index.js');
    const { loadLexicon } = await import('../dist/lexicon/load.js');
    const { threadCount } = await import('../dist/analyze/executor.js');
    const loaded = lexiconFiles().map((f) => loadLexicon(f.startsWith(ROOT) ? f.slice(ROOT.length) : f, readFileSync(f, 'utf8')));
    const variants = loaded.reduce((n, l) => n + l.lexicon.referents.reduce((m, r) => m + r.variants.length, 0), 0);
    const patterns = loaded.reduce((n, l) => n + l.lexicon.referents.reduce((m, r) => m + r.variants.reduce((k, v) => k + v.patterns.length, 0), 0), 0);
    lexicons = `${loaded.map((l) => l.file).join(', ')} (${variants} variants, ${patterns} patterns)`;
    // 'analyze' is what the CLI runs (worker threads for a corpus this size); 'analyze-1t' keeps it in one thread.
    // Boilerplate included, so analyze counts every word the bare side reads (seed sentences such as "More from …" end a body).
    const runOptions = kind === 'analyze-1t' ? { workers: 0, includeBoilerplate: true } : { includeBoilerplate: true };
    workers = threadCount(
      articles.reduce((n, a) => n + a.text.length, 0),
      kind === 'analyze-1t' ? 0 : 'auto',
    );
    await analyze({ articles: warm }, loaded, runOptions);
    collectGarbage();
    const t0 = performance.now();
    const result = await analyze({ articles }, loaded, runOptions);
    seconds = (performance.now() - t0) / 1000;
    // A benchmark that silently measured a different word count would compare unlike things.
    if (result.totals.words !== words) throw new Error(`analyze counted ${result.totals.words} words, countWords ${words}`);
  }
  return { kind, seconds, words, articles: articles.length, bytes, corpusSha256: corpusDigest(articles), maxRssKb: process.resourceUsage().maxRSS, lexicons, workers };
}

/**
 * @param {Kind} kind
 * @param {{ seed: number, mb: number }} options
 * @returns {Promise<ChildResult>}
 */
function runChild(kind, options) {
  return new Promise((resolve, reject) => {
    // The child's stdout goes to our stderr, so a dependency that prints cannot corrupt the report.
    const child = fork(fileURLToPath(import.meta.url), [`--child=${kind}`, `--seed=${options.seed}`, `--mb=${options.mb}`], {
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    child.stdout?.pipe(process.stderr);
    /** @type {ChildResult | undefined} */
    let result;
    child.on('message', (m) => {
      result = /** @type {ChildResult} */ (m);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0 && result) resolve(result);
      else reject(new Error(`${kind} child exited with ${code}`));
    });
  });
}

/** @param {number[]} values */
function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? /** @type {number} */ (s[mid]) : (/** @type {number} */ (s[mid - 1]) + /** @type {number} */ (s[mid])) / 2;
}

/** @param {number} n */
const thousands = (n) => Math.round(n).toLocaleString('en-US');

/** @param {{ seed: number, mb: number, rounds: number }} options */
async function main(options) {
  /** @type {ChildResult[]} */
  const runs = [];
  for (let round = 0; round < options.rounds; round++) {
    // Alternating which side goes first keeps slow drift of the machine (thermal, other load) from favouring one side.
    /** @type {Kind[]} */
    const order = round % 2 === 0 ? ['bare', 'analyze-1t', 'analyze'] : ['analyze', 'analyze-1t', 'bare'];
    for (const kind of order) {
      process.stderr.write(`bench: round ${round + 1}/${options.rounds}, ${kind}…\n`);
      runs.push(await runChild(kind, options));
    }
  }
  const firstRun = /** @type {ChildResult} */ (runs[0]);
  if (runs.some((r) => r.corpusSha256 !== firstRun.corpusSha256 || r.words !== firstRun.words)) {
    throw new Error('children built different corpora; the comparison would be meaningless');
  }

  const lines = [];
  lines.push(`framelens throughput (node ${process.version}, seed ${options.seed}, ${options.rounds} round(s), medians of fresh processes)`);
  lines.push(`corpus: ${thousands(firstRun.articles)} articles, ${(firstRun.bytes / 1e6).toFixed(1)} MB, ${thousands(firstRun.words)} words (countWords), sha256 ${firstRun.corpusSha256.slice(0, 12)}`);
  lines.push(`lexicons: ${runs.find((r) => r.kind === 'analyze')?.lexicons ?? ''}`);
  lines.push('');
  lines.push(`${'what runs'.padEnd(34)}${'words'.padStart(11)}${'seconds'.padStart(9)}${'words/s'.padStart(11)}${'peak RSS'.padStart(10)}   runs (s)`);
  /** @type {Record<Kind, number>} */
  const seconds = { bare: 0, analyze: 0, 'analyze-1t': 0 };
  /** @type {[Kind, string][]} */
  const rows = [
    ['bare', "wink ['sbd','pos'] readDoc, 1 thread"],
    ['analyze-1t', 'analyze({ workers: 0 }), 1 thread'],
    ['analyze', 'analyze() as the CLI runs it'],
  ];
  for (const [kind, label] of rows) {
    const own = runs.filter((r) => r.kind === kind);
    seconds[kind] = median(own.map((r) => r.seconds));
    const rss = median(own.map((r) => r.maxRssKb)) / 1024;
    lines.push(
      `${label.padEnd(34)}${thousands(firstRun.words).padStart(11)}${seconds[kind].toFixed(2).padStart(9)}${thousands(firstRun.words / seconds[kind]).padStart(11)}${`${Math.round(rss)} MB`.padStart(10)}   ${own.map((r) => r.seconds.toFixed(2)).join(' ')}`,
    );
  }
  lines.push('');
  const ratio = seconds.bare / seconds.analyze;
  lines.push(`ratio analyze/bare, one thread each: ${(seconds.bare / seconds['analyze-1t']).toFixed(2)}`);
  lines.push(`worker threads used by analyze(): ${runs.find((r) => r.kind === 'analyze')?.workers ?? '?'} (of ${availableParallelism()} cores)`);
  lines.push(`ratio analyze/bare: ${ratio.toFixed(2)} (target >= ${TARGET_RATIO.toFixed(2)})`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

// Only when run, not when imported (a profiling script may import buildCorpus).
const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
const options = parseArgs(process.argv.slice(2));
if (isEntry && (options.child === 'bare' || options.child === 'analyze' || options.child === 'analyze-1t')) {
  const result = await measure(options.child, options.seed, options.mb);
  const send = process.send?.bind(process);
  if (send) {
    // Wait for the message to leave before exiting, or the parent may see the exit first.
    await new Promise((resolve) => send(result, undefined, {}, () => resolve(undefined)));
    process.disconnect();
  } else {
    // Run by hand (e.g. under --cpu-prof): no parent to tell, so show the result on stderr.
    process.stderr.write(`${JSON.stringify(result)}\n`);
  }
} else if (isEntry) {
  try {
    await main(options);
  } catch (error) {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
