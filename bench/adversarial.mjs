// @ts-check
/**
 * Hostile and heavy input against ordinary text of the same size: each case
 * is one article run through `framelens report` (read, analyse, render,
 * write), timed, and its time per KB compared with ordinary news text of the
 * same size, made from the seeds. Then ordinary single articles of growing
 * size, to show time and memory grow linearly, up to the limit (a longer
 * article is refused with exit 2).
 *
 *   npm run bench:adversarial [-- --kb=1000 --sizes=1,5,10,50]
 *
 * Plain .mjs over ../dist. Each measurement runs in a fresh child process,
 * so peak RSS is its own and no case inherits another's JIT or heap.
 * Target: the worst ratio of time per KB to ordinary text ≤ 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET = 2;

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {Record<string, string>} */
  const args = {};
  for (const a of argv) {
    const m = /^--([a-z]+)=(.*)$/.exec(a);
    if (m && m[1] !== undefined && m[2] !== undefined) args[m[1]] = m[2];
  }
  return { child: args.child, kb: Number(args.kb ?? 1000), sizes: (args.sizes ?? '1,5,10,50').split(',').map(Number), dir: args.dir };
}

const seedText = () =>
  readdirSync(join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'))
    .join('\n\n');

/** @param {string} unit @param {number} chars */
const fill = (unit, chars) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
/** A text of `chars` characters made of lines of `line`, each ending with a newline. */
const lines = (/** @type {string} */ line, /** @type {number} */ chars) => fill(`${line}\n`, chars);

/**
 * The cases: the issue's (a breadcrumb-like line that took the backtracking
 * engine a minute at 30 repetitions and forever at 36; a user's pattern with
 * nested repetition) and others aimed at each remaining pattern and step.
 * @type {Record<string, { text: (chars: number) => string, structure?: object, issue?: boolean }>}
 */
const CASES = {
  ordinary: { text: (n) => fill(`${seedText()}\n\n`, n) },
  'breadcrumb a/ ×30': { issue: true, text: (n) => lines(`${'a/'.repeat(30)} x y z w`, n) },
  'breadcrumb a/ ×36': { issue: true, text: (n) => lines(`${'a/'.repeat(36)} x y z w`, n) },
  'user pattern ^(a+)+$': { issue: true, structure: { boilerplate: ['^(a+)+$'] }, text: (n) => lines(`${'a'.repeat(40)}!`, n) },
  'user pattern (x|x)*y': { issue: true, structure: { caption: ['^(x|x)*y'] }, text: (n) => lines('x'.repeat(60), n) },
  'one line of a/ (no breaks)': { text: (n) => fill('a/', n) },
  'byline-like lines': { text: (n) => lines(`By ${'A '.repeat(40)}x`, n) },
  'dateline-like lines': { text: (n) => lines(`${'A. '.repeat(40)}x`, n) },
  'capitalised names, no verb': { text: (n) => fill('Aaa Bbb Ccc Ddd Eee Fff Ggg Hhh ', n) },
  'verb then names': { text: (n) => fill('said Aaa Bbb Ccc Ddd Eee Fff ', n) },
  'according to names': { text: (n) => fill('according to Aaa Bbb Ccc Ddd Eee ', n) },
  'dense quotations': { text: (n) => fill('"Aaa bbb," he said. ', n) },
  'unclosed quotation marks': { text: (n) => fill('“Aaa Bbb said ', n) },
  'dash attributions': { text: (n) => fill('we do - Aaa Bbb said ', n) },
  'transcript labels': { text: (n) => lines('MR. KIRBY: We said so.', n) },
  'markers everywhere': { text: (n) => fill('the Israeli regime held hostages ', n) },
  'invisible characters': { text: (n) => fill('re\u200Bgi\u00ADme ﬂag ｒｅｇｉｍｅ İsrael ', n) },
  'a run of spaces': { text: (n) => `x${' '.repeat(n - 2)}y` },
  'a run of letters': { text: (n) => 'a'.repeat(n) },
};

/** In the child: one report of one article; prints seconds and peak RSS. */
async function child(name, kb, dir) {
  const chars = kb * 1000;
  const spec = name.startsWith('ordinary@') ? CASES.ordinary : CASES[name];
  const text = spec.text(chars);
  const corpus = join(dir, 'corpus.jsonl');
  writeFileSync(corpus, `${JSON.stringify({ id: 'a', outlet: 'Outlet', text })}\n`);
  const structure = spec.structure ? join(dir, 'structure.json') : undefined;
  if (structure) writeFileSync(structure, JSON.stringify(spec.structure));
  const { runReport } = await import(pathToFileURL(join(ROOT, 'dist', 'cli', 'report-command.js')).href);
  const started = performance.now();
  try {
    await runReport(corpus, { lexicon: [], out: join(dir, 'out'), structure });
  } catch (error) {
    // A user error (an article past the limit): its message, as the command prints it.
    const problems = /** @type {{ problems?: { message: string, expected?: string }[] }} */ (error).problems;
    if (!problems) throw error;
    process.stderr.write(`exit 2: ${problems.map((p) => `${p.message}; expected ${p.expected ?? ''}`).join('; ')}\n`);
    process.exit(2);
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

/** @returns {{ seconds: number, maxRssMb: number } | { error: string }} */
function measure(name, kb) {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-bench-'));
  try {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), `--child=${name}`, `--kb=${kb}`, `--dir=${dir}`], { encoding: 'utf8', maxBuffer: 1 << 26, timeout: 30 * 60_000 });
    if (run.status !== 0) return { error: (run.stderr || `exit ${run.status} ${run.signal ?? ''}`).trim().split('\n').slice(0, 2).join(' ') };
    return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.child) return child(args.child, args.kb, /** @type {string} */ (args.dir));

  console.log(`framelens bench:adversarial — one article of ${args.kb} KB per case through \`report\`; time per KB as a ratio to ordinary text (target ≤ ${TARGET})`);
  const ordinary = measure('ordinary', args.kb);
  if ('error' in ordinary) throw new Error(`ordinary text failed: ${ordinary.error}`);
  const perKb = ordinary.seconds / args.kb;
  console.log(`ordinary text: ${ordinary.seconds.toFixed(2)} s, ${(perKb * 1000).toFixed(2)} ms/KB, peak RSS ${ordinary.maxRssMb.toFixed(0)} MB`);
  console.log('');
  console.log('| case | s | ms/KB | ratio | peak RSS MB |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  let worst = { name: '', ratio: 0 };
  for (const name of Object.keys(CASES).filter((n) => n !== 'ordinary')) {
    const r = measure(name, args.kb);
    if ('error' in r) {
      console.log(`| ${name} | failed: ${r.error} | | | |`);
      worst = { name, ratio: Infinity };
      continue;
    }
    const ratio = r.seconds / args.kb / perKb;
    if (ratio > worst.ratio) worst = { name, ratio };
    console.log(`| ${name}${CASES[name]?.issue ? ' (issue 19)' : ''} | ${r.seconds.toFixed(2)} | ${((r.seconds / args.kb) * 1000).toFixed(2)} | ${ratio.toFixed(2)} | ${r.maxRssMb.toFixed(0)} |`);
  }
  console.log('');
  console.log(`worst ratio: ${worst.ratio.toFixed(2)} (${worst.name}); target ≤ ${TARGET}: ${worst.ratio <= TARGET ? 'met' : 'NOT met'}`);

  console.log('');
  console.log('Ordinary single articles of growing size (time per KB and memory per MB as ratios to the first size):');
  console.log('| MB | s | ms/KB | time/KB ratio | peak RSS MB | RSS/MB ratio |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  let base;
  for (const mb of args.sizes) {
    const r = measure(`ordinary@${mb}`, mb * 1000);
    if ('error' in r) {
      console.log(`| ${mb} | ${r.error} | | | | |`);
      continue;
    }
    base ??= { perKb: r.seconds / (mb * 1000), rssPerMb: r.maxRssMb / mb };
    console.log(`| ${mb} | ${r.seconds.toFixed(1)} | ${((r.seconds / (mb * 1000)) * 1000).toFixed(2)} | ${(r.seconds / (mb * 1000) / base.perKb).toFixed(2)} | ${r.maxRssMb.toFixed(0)} | ${(r.maxRssMb / mb / base.rssPerMb).toFixed(2)} |`);
  }
}

await main();
