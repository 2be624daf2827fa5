// npm run bench:extract: framelens's article extraction on the benchmark's 120 pages
// (../shared/data/article-extraction-benchmark), against Readability.js on the same parser in the same run.
// Prints precision, recall, F1 and time per page; `--worst N` lists the N pages that lose most, `--page KEY` prints one page's text.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractPage } from '../dist/extract/extract.js';
import { pageScore, summarise } from './extract-metric.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = process.env.FRAMELENS_EXTRACTION_BENCHMARK ?? join(root, '..', 'shared', 'data', 'article-extraction-benchmark');
const truth = JSON.parse(readFileSync(join(data, 'ground-truth.json'), 'utf8'));
const args = process.argv.slice(2);
const worst = args.includes('--worst') ? Number(args[args.indexOf('--worst') + 1]) : 0;
const only = args.includes('--page') ? args[args.indexOf('--page') + 1] : undefined;

/** The body as framelens takes it: the extracted text without its headline line. */
function bodyOf(page) {
  const headline = page.markup.find((m) => m.kind === 'headline');
  return headline ? page.text.slice(0, headline.start) + page.text.slice(headline.end) : page.text;
}

const keys = readdirSync(join(data, 'html'))
  .map((name) => name.replace(/\.html\.gz$/, ''))
  .filter((key) => key in truth && (!only || key.startsWith(only)))
  .sort();
const pages = keys.map((key) => ({ key, html: gunzipSync(readFileSync(join(data, 'html', `${key}.html.gz`))).toString('utf8') }));

function run(extract) {
  const scores = [];
  const started = performance.now();
  for (const { key, html } of pages) scores.push({ key, ...pageScore(truth[key].articleBody, extract(html, truth[key].url)) });
  return { scores, msPerPage: (performance.now() - started) / pages.length };
}

const framelens = run((html, url) => bodyOf(extractPage(html, { url })));
const readability = run((html) => new Readability(parseHTML(html).document).parse()?.textContent ?? '');

if (only) {
  for (const { key, html } of pages) {
    const page = extractPage(html, { url: truth[key].url });
    console.log(JSON.stringify({ ...page, text: undefined }, null, 1));
    console.log(page.text);
  }
}
const line = (name, { scores, msPerPage }) => {
  const { precision, recall, f1 } = summarise(scores);
  return `${name.padEnd(22)} precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  ${msPerPage.toFixed(0)} ms/page`;
};
console.log(`${pages.length} pages (${data})`);
console.log(line('framelens', framelens));
console.log(line('Readability (linkedom)', readability));
console.log(`time ratio framelens/Readability: ${(framelens.msPerPage / readability.msPerPage).toFixed(2)}`);
if (worst > 0) {
  const lost = [...framelens.scores].sort((a, b) => b.fp + b.fn - (a.fp + a.fn)).slice(0, worst);
  for (const s of lost) console.log(`${s.key.slice(0, 12)}  fp ${s.fp.toFixed(2)}  fn ${s.fn.toFixed(2)}  ${truth[s.key].url}`);
}
