// @ts-check
/**
 * framelens at corpus scale: `framelens report` end to end on synthetic
 * corpora of 10,000 and 100,000 articles, against bare wink-nlp readDoc.
 *
 *   npm run bench:scale [-- --sizes=10000,100000 --seed=7 --keep]
 *
 * Each corpus is a JSONL file of articles made of shuffled seed sentences
 * (about 3 KB each), 50 outlets, dates over two years. Every measurement
 * runs in a fresh process: bare readDoc (['sbd','pos'], one thread) over the
 * texts of the first corpus, then the CLI's `report` (default options, report
 * written) on each corpus. Peak RSS is the process's own (worker threads
 * included), read by a small preload when it exits. stdout carries the
 * figures only; a benchmark, not a test: the machine's load moves absolute
 * figures, so compare the ratios measured in one run.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articleText, dealer, prng, seedSentences } from './synthetic.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTLETS = 50;
const DAYS = 730;
const TARGETS = { rss: 1.2, speed: 0.5, size: 4 };

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {Record<string, string>} */
  const args = {};
  for (const a of argv) {
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(a);
    if (m && m[1] !== undefined) args[m[1]] = m[2] ?? 'true';
  }
  return {
    child: args.child,
    corpus: args.corpus,
    sizes: (args.sizes ?? '10000,100000').split(',').map(Number),
    seed: Number(args.seed ?? 7),
    keep: args.keep === 'true',
  };
}

/** Writes a JSONL corpus of `count` articles; returns its size in bytes. */
async function writeCorpus(file, count, seed) {
  const random = prng(seed);
  const draw = dealer(seedSentences(join(ROOT, 'seeds')), random);
  const out = createWriteStream(file);
  const start = Date.UTC(2023, 0, 1);
  for (let i = 0; i < count; i++) {
    const text = articleText(draw, random, 2560 + Math.floor(random() * 1024));
    const date = new Date(start + Math.floor(random() * DAYS) * 86_400_000).toISOString().slice(0, 10);
    const line = `${JSON.stringify({ id: `a${String(i).padStart(7, '0')}`, outlet: `Outlet ${String(1 + (i % OUTLETS)).padStart(2, '0')}`, date, text })}\n`;
    if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve, reject) => out.end((/** @type {Error | undefined} */ error) => (error ? reject(error) : resolve(undefined))));
  return statSync(file).size;
}

/** Bytes of every file below a folder. */
function folderBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

/**
 * Runs a node process with the peak-RSS preload; resolves with its wall time and peak RSS.
 * @param {string[]} args
 */
function timed(args) {
  const rssFile = join(tmpdir(), `framelens-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', pathToFileURL(join(ROOT, 'bench', 'peak-rss.mjs')).href, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, FRAMELENS_BENCH_RSS: rssFile, SOURCE_DATE_EPOCH: '1700000000' },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      let peak = 0;
      try {
        peak = Number(readFileSync(rssFile, 'utf8'));
        rmSync(rssFile, { force: true });
      } catch {
        peak = NaN;
      }
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}: ${stderr.slice(-2000)}`));
      else resolve({ seconds, peakMb: peak / 1024, stderr });
    });
  });
}

/** In a child: bare readDoc over a JSONL corpus's texts; prints seconds and words. */
async function bareChild(corpus) {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const texts = readFileSync(corpus, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l).text);
  const t0 = performance.now();
  for (const t of texts) nlp.readDoc(t);
  process.stderr.write(`bare-seconds ${(performance.now() - t0) / 1000}\n`);
}

async function wordsOf(corpus) {
  const { countWords } = await import('../dist/nlp/words.js');
  let words = 0;
  for (const line of readFileSync(corpus, 'utf8').split('\n')) if (line !== '') words += countWords(JSON.parse(line).text);
  return words;
}

const thousands = (/** @type {number} */ n) => Math.round(n).toLocaleString('en-US');

async function main(options) {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-bench-scale-'));
  try {
    const lines = [`framelens bench:scale (node ${process.version}, seed ${options.seed}, ${OUTLETS} outlets, fresh process per row)`];
    // --quiet where the CLI has it (a build from before it existed prints no progress either way).
    const quiet = readFileSync(join(ROOT, 'dist', 'cli', 'main.js'), 'utf8').includes("'--quiet'") ? ['--quiet'] : [];
    /** @type {{ size: number, bytes: number, words: number, seconds: number, peakMb: number, reportBytes: number }[]} */
    const rows = [];
    let bare;
    for (const size of options.sizes) {
      const corpus = join(dir, `corpus-${size}.jsonl`);
      process.stderr.write(`bench:scale: writing ${thousands(size)} articles…\n`);
      const bytes = await writeCorpus(corpus, size, options.seed);
      const words = await wordsOf(corpus);
      if (bare === undefined) {
        process.stderr.write('bench:scale: bare readDoc…\n');
        const run = await timed([fileURLToPath(import.meta.url), '--child=bare', `--corpus=${corpus}`]);
        const seconds = Number(/bare-seconds ([\d.]+)/.exec(run.stderr)?.[1]);
        bare = { size, words, seconds, peakMb: run.peakMb };
      }
      const out = join(dir, `report-${size}`);
      process.stderr.write(`bench:scale: framelens report on ${thousands(size)} articles…\n`);
      const run = await timed([join(ROOT, 'dist', 'cli', 'main.js'), 'report', corpus, '--out', out, ...quiet]);
      rows.push({ size, bytes, words, seconds: run.seconds, peakMb: run.peakMb, reportBytes: folderBytes(out) });
      if (!options.keep) rmSync(out, { recursive: true, force: true });
    }
    if (!bare) throw new Error('no corpus size given');
    lines.push('');
    lines.push(`${'what runs'.padEnd(44)}${'words'.padStart(13)}${'seconds'.padStart(9)}${'words/s'.padStart(11)}${'peak RSS'.padStart(10)}${'report/input'.padStart(14)}`);
    lines.push(`${`bare readDoc ['sbd','pos'], 1 thread, ${thousands(bare.size)}`.padEnd(44)}${thousands(bare.words).padStart(13)}${bare.seconds.toFixed(1).padStart(9)}${thousands(bare.words / bare.seconds).padStart(11)}${`${Math.round(bare.peakMb)} MB`.padStart(10)}${'–'.padStart(14)}`);
    for (const r of rows) {
      lines.push(
        `${`framelens report, ${thousands(r.size)} articles (${(r.bytes / 1e6).toFixed(0)} MB)`.padEnd(44)}${thousands(r.words).padStart(13)}${r.seconds.toFixed(1).padStart(9)}${thousands(r.words / r.seconds).padStart(11)}${`${Math.round(r.peakMb)} MB`.padStart(10)}${(r.reportBytes / r.bytes).toFixed(2).padStart(14)}`,
      );
    }
    const bareRate = bare.words / bare.seconds;
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (first && last) {
      lines.push('');
      const rss = last.peakMb / first.peakMb;
      const speed = last.words / last.seconds / bareRate;
      const size = Math.max(...rows.map((r) => r.reportBytes / r.bytes));
      const verdict = (/** @type {boolean} */ ok) => (ok ? 'met' : 'NOT met');
      lines.push(`peak RSS ${thousands(last.size)} / ${thousands(first.size)}: ${rss.toFixed(2)} (target <= ${TARGETS.rss}) ${verdict(rss <= TARGETS.rss)}`);
      lines.push(`words/s end to end at ${thousands(last.size)} / bare readDoc: ${speed.toFixed(2)} (target >= ${TARGETS.speed}) ${verdict(speed >= TARGETS.speed)}`);
      lines.push(`report folder / input bytes, largest: ${size.toFixed(2)} (target <= ${TARGETS.size}) ${verdict(size <= TARGETS.size)}`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
    else process.stderr.write(`bench:scale: kept ${dir}\n`);
  }
}

const options = parseArgs(process.argv.slice(2));
if (options.child === 'bare' && options.corpus) await bareChild(options.corpus);
else {
  try {
    await main(options);
  } catch (error) {
    process.stderr.write(`bench:scale: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
