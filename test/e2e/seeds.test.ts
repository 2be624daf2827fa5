import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import resultsSchema from '../../src/schemas/results.schema.json' with { type: 'json' };
import { framelens, readHits, readJson, tempDir } from './cli.js';
import { SEED_ID, reportOnSeeds, seedTexts } from './seed-corpus.js';

type ResultHit = ReturnType<typeof readHits>[number];
interface Results {
  articles: { id: string; words: number; hits: number }[];
  scores: { outlets: { outlet: string; referents: { id: string; mentions: number; variants: { id: string; count: number; share: number }[] }[] }[] };
}

const texts = seedTexts;
const ID = SEED_ID;

let out: string;
let results: Results;
let hits: ResultHit[];
let stdout: string;

beforeAll(() => {
  ({ out, results, run: { stdout } } = reportOnSeeds<Results>());
  hits = readHits(out);
});

const hitsOf = (article: string): ResultHit[] => hits.filter((h) => h.articleId === article);
/** The hits of an article whose matched text contains `phrase` (case-insensitive), with the character offset of the phrase. */
function hitsCovering(article: string, phrase: string): ResultHit[] {
  const text = texts.get(article) as string;
  const at = text.toLowerCase().indexOf(phrase.toLowerCase());
  expect(at, `"${phrase}" in ${article}`).toBeGreaterThanOrEqual(0);
  return hitsOf(article).filter((h) => h.start <= at + phrase.length && h.end >= at && h.start >= at - 40);
}

describe('framelens report seeds', () => {
  it('prints only the path of index.html and writes the report', () => {
    expect(stdout.trim().split('\n')).toEqual([join(out, 'index.html')]);
    for (const file of ['index.html', 'methodology.html', 'results.json', 'hits.csv', 'outlet-variants.csv', 'articles.csv']) expect(existsSync(join(out, file)), file).toBe(true);
    expect(readdirSync(join(out, 'articles')).sort()).toEqual(Object.values(ID).map((id) => `${id}.html`).sort());
  });

  it('writes results.json that its schema accepts', () => {
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(resultsSchema);
    expect(validate(results), JSON.stringify(validate.errors)).toBe(true);
  });

  it('gives every hit text.slice(start, end) === matched_text, and results.json counts the rows of hits.csv per article', () => {
    expect(hits.length).toBeGreaterThan(40);
    for (const hit of hits) expect(texts.get(hit.articleId)?.slice(hit.start, hit.end)).toBe(hit.text);
    for (const article of results.articles) expect(hitsOf(article.id), article.id).toHaveLength(article.hits);
  });

  it('Press TV: all 7 occurrences of "regime" are hits of one variant of the Israel referent', () => {
    const regime = hitsOf(ID.presstv).filter((h) => /regime/i.test(h.text));
    expect(regime).toHaveLength(7);
    expect(new Set(regime.map((h) => h.id)).size).toBe(1);
    expect(regime[0]?.referent).toBe('israel-state');
    const occurrences = (texts.get(ID.presstv) as string).match(/regime/gi) ?? [];
    expect(occurrences).toHaveLength(7);
  });

  it('Anadolu: "Israel’s government" is a hit of the same referent', () => {
    expect(hitsCovering(ID.anadolu, 'Israel’s government').map((h) => h.referent)).toContain('israel-state');
  });

  it('Press TV: "al-Aqsa Storm" and "resistance movement" are found', () => {
    expect(hitsCovering(ID.presstv, 'al-Aqsa Storm').map((h) => h.referent)).toContain('oct7-attack');
    expect(hitsCovering(ID.presstv, 'resistance movement').map((h) => h.referent)).toContain('hamas');
  });

  it('Daily Wrap: "The Israeli war cabinet" is not the framing phrase "Israeli war"; Anadolu: "Israeli war on Gaza" is', () => {
    expect(hitsCovering(ID.dailywrap, 'Israeli war cabinet').filter((h) => h.referent === 'war')).toEqual([]);
    const war = hitsCovering(ID.anadolu, 'Israeli war on Gaza').filter((h) => h.referent === 'war');
    expect(war).toHaveLength(1);
    expect(war[0]?.text).toMatch(/^Israeli war/);
  });

  it('Shafaq: "the Hamas Palestinian militant group" and Anadolu: "Palestinian group Hamas" are hits of the Hamas referent', () => {
    expect(hitsCovering(ID.shafaq, 'Hamas Palestinian militant group').filter((h) => h.referent === 'hamas').map((h) => h.text)).toContain('Hamas Palestinian militant group');
    expect(hitsCovering(ID.anadolu, 'Palestinian group Hamas').filter((h) => h.referent === 'hamas').map((h) => h.text)).toContain('Palestinian group Hamas');
  });

  it('finds the design card markers "Hamas Islamists" and "hostages"', () => {
    expect(hitsCovering(ID.arn, 'Hamas Islamists').map((h) => h.referent)).toContain('hamas');
    expect(hitsCovering(ID.anadolu, 'all hostages').map((h) => h.referent)).toContain('people-held');
  });

  it('reports each outlet’s share of a variant for a referent', () => {
    const presstv = results.scores.outlets.find((o) => o.outlet === 'Press TV');
    const israel = presstv?.referents.find((r) => r.id === 'israel-gaza/israel-state');
    const regime = israel?.variants.find((v) => v.count === 7);
    expect(regime?.share).toBeCloseTo(7 / (israel?.mentions ?? 0));
  });

  it('is byte-identical when run again with the same SOURCE_DATE_EPOCH', () => {
    const again = tempDir();
    expect(framelens(['report', 'seeds', '--out', again], { SOURCE_DATE_EPOCH: '0' }).status).toBe(0);
    for (const file of ['results.json', 'hits.csv', 'outlet-variants.csv', 'index.html', 'methodology.html', `articles/${ID.presstv}.html`]) {
      expect(readFileSync(join(again, file), 'utf8'), file).toBe(readFileSync(join(out, file), 'utf8'));
    }
  });

  it('gives the same counts whatever order the seeds are listed in', () => {
    const reordered = { ...readJson<object>('seeds/corpus.json'), articles: [...readJson<{ articles: object[] }>('seeds/corpus.json').articles].reverse() };
    const dir = tempDir();
    cpSync('seeds', dir, { recursive: true });
    writeFileSync(join(dir, 'corpus.json'), JSON.stringify(reordered));
    const other = tempDir();
    expect(framelens(['report', dir, '--out', other], { SOURCE_DATE_EPOCH: '0' }).status).toBe(0);
    const second = readJson<Results>(join(other, 'results.json'));
    expect(readHits(other)).toEqual(hits);
    expect(second.scores).toEqual(results.scores);
    // The same summaries, but for where each text was read.
    const located = (list: Results['articles']) => list.map((a) => ({ ...a, source: undefined }));
    expect(located(second.articles)).toEqual(located(results.articles));
  });
});
