import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { framelens, readHits, readJson, readQuotes, readSegments, tempDir } from './cli.js';
import { SEED_ID, reportOnSeeds, seedTexts } from './seed-corpus.js';

type Hit = ReturnType<typeof readHits>[number];
type Quote = ReturnType<typeof readQuotes>[number];
type Segment = ReturnType<typeof readSegments>[number];
interface Outlet { outlet: string; byVariant: Record<string, { count: number }>; quoted: { byVariant: Record<string, { count: number }> } }
interface Results {
  speakers: { id: string; name: string }[];
  quoteComparison: { speaker: string | null; renderings: { outlet: string; kind: string; text: string }[] }[];
  scores: { outlets: Outlet[] };
}

const texts = seedTexts;
const ID = SEED_ID;
const ARN = 'ARN News Centre (Arabian Radio Network, UAE)';

let out: string;
let results: Results;
/** Per-hit, per-quotation and per-segment detail, from the report's CSV files. */
let hits: Hit[];
let quotes: Quote[];
let segments: Segment[];

beforeAll(() => {
  ({ out, results } = reportOnSeeds<Results>());
  hits = readHits(out);
  quotes = readQuotes(out);
  segments = readSegments(out);
});

/** Offset of `phrase` in an article (the first occurrence after `after`, when given). */
function at(article: string, phrase: string, after = ''): number {
  const text = texts.get(article) as string;
  const from = after === '' ? 0 : text.indexOf(after);
  const found = text.indexOf(phrase, from);
  expect(found, `"${phrase}" in ${article}`).toBeGreaterThanOrEqual(0);
  return found;
}
const hitAt = (article: string, phrase: string, after = ''): Hit | undefined => {
  const start = at(article, phrase, after);
  return hits.find((h) => h.articleId === article && h.start >= start && h.start < start + phrase.length);
};
const quoteAround = (article: string, phrase: string): Quote | undefined => {
  const start = at(article, phrase);
  return quotes.find((q) => q.articleId === article && q.start <= start && start + phrase.length <= q.end);
};
const segmentOf = (article: string, phrase: string): Segment | undefined => {
  const start = at(article, phrase);
  return segments.find((s) => s.articleId === article && s.start <= start && start < s.end);
};
const segmentText = (s: Segment | undefined): string => (s === undefined ? '' : (texts.get(s.articleId) as string).slice(s.start, s.end));

describe('whose words: the seeds', () => {
  it('Anadolu: "hostages" in the outlet’s sentence is narrator voice; "holding hostage" in Kirby’s quotation is quoted, speaker Kirby', () => {
    expect(hitAt(ID.anadolu, 'hostages in the hands')).toMatchObject({ text: 'hostages', voice: 'narrator', speaker: null, segment: 'lede' });
    expect(hitAt(ID.anadolu, 'holding hostage')).toMatchObject({ text: 'holding hostage', voice: 'quoted', speaker: 'kirby', segment: 'body' });
    expect(results.speakers).toContainEqual({ id: 'kirby', name: 'John Kirby', person: true });
  });

  it('ARN: "Hamas Islamists" is boilerplate and not in ARN’s counts; the photo credit is a caption', () => {
    const islamists = hitAt(ID.arn, 'Hamas Islamists');
    expect(islamists).toMatchObject({ voice: 'boilerplate', segment: 'boilerplate' });
    const arn = results.scores.outlets.find((o) => o.outlet === ARN) as Outlet;
    expect(arn.byVariant[(islamists as Hit).id]).toBeUndefined();
    expect(arn.quoted.byVariant[(islamists as Hit).id]).toBeUndefined();
    expect(segmentOf(ID.arn, 'ANDREW CABALLERO-REYNOLDS')).toMatchObject({ kind: 'caption' });
    expect(segmentText(segmentOf(ID.arn, 'More from International news'))).toBe('More from International news');
    expect(segmentOf(ID.arn, 'More from International news')?.kind).toBe('boilerplate');
  });

  it('Press TV: the navigation line and the "can also be accessed at" paragraph are boilerplate; both al-Rishq quotations are his', () => {
    expect(segmentOf(ID.presstv, 'News')).toMatchObject({ kind: 'boilerplate', start: 0 });
    expect(segmentText(segmentOf(ID.presstv, 'News'))).toMatch(/^News\s+\/\s+Palestine\s+\/\s+Politics$/);
    expect(segmentOf(ID.presstv, 'can also be accessed at')?.kind).toBe('boilerplate');
    expect(quoteAround(ID.presstv, 'Israel is not serious')?.speaker).toBe('al-rishq');
    expect(quoteAround(ID.presstv, 'uses the negotiations as a cover')?.speaker).toBe('al-rishq');
    expect(results.speakers.find((s) => s.id === 'al-rishq')?.name).toBe('Izzat al-Rishq');
  });

  it('Daily Wrap: the unmarked statement ending "- Kirby said" is a quotation by Kirby', () => {
    const quote = quoteAround(ID.dailywrap, 'we do not want to see a large land operation');
    expect(quote).toMatchObject({ kind: 'unmarked', speaker: 'kirby' });
    const text = texts.get(ID.dailywrap) as string;
    expect(text.slice((quote as Quote).start, (quote as Quote).end)).toMatch(/^The President was very clear .* We were very direct and very consistent$/);
  });

  it('Shafaq: the nested quotation is one quotation, by Kirby', () => {
    const outer = quoteAround(ID.shafaq, 'The President believes that "smashing into Rafah," as it is feared');
    expect(outer).toMatchObject({ kind: 'direct', speaker: 'kirby' });
    expect(quotes.filter((q) => q.articleId === ID.shafaq && q.start >= (outer as Quote).start && q.end <= (outer as Quote).end)).toHaveLength(1);
  });

  it('Anadolu: "By Servet Gunerigok" is a byline and "WASHINGTON (AA) -" a dateline', () => {
    expect(segmentText(segmentOf(ID.anadolu, 'By Servet Gunerigok'))).toBe('By Servet Gunerigok');
    expect(segmentOf(ID.anadolu, 'By Servet Gunerigok')?.kind).toBe('byline');
    expect(segmentText(segmentOf(ID.anadolu, 'WASHINGTON (AA)'))).toBe('WASHINGTON (AA) -');
    expect(segmentOf(ID.anadolu, 'WASHINGTON (AA)')?.kind).toBe('dateline');
  });

  it('Shafaq renders Kirby’s "doesn’t comport with the facts" as "doesn’t align with the facts": one statement in the comparison', () => {
    const group = results.quoteComparison.find((g) => g.renderings.some((r) => r.text.includes('comport with the facts')));
    expect(group?.speaker).toBe('kirby');
    expect(group?.renderings.find((r) => r.outlet === 'Shafaq News')).toMatchObject({ kind: 'quoted' });
    expect(group?.renderings.find((r) => r.outlet === 'Shafaq News')?.text).toContain('align with the facts');
  });

  it('writes voice, speaker and segment in hits.csv, and quotes.csv and segments.csv', () => {
    const hitLines = readFileSync(join(out, 'hits.csv'), 'utf8').split('\n');
    expect(hitLines[0]).toBe('article_id,outlet,start,end,matched_text,lexicon,referent,variant,category,hit_id,sentence,voice,speaker,segment');
    expect(hitLines.some((l) => l.startsWith(`${ID.anadolu},`) && l.includes(',holding hostage,') && l.endsWith(',quoted,kirby,body'))).toBe(true);
    const quoteLines = readFileSync(join(out, 'quotes.csv'), 'utf8').split('\n');
    expect(quoteLines[0]).toBe('article_id,start,end,speaker,kind,attribution,unclosed');
    expect(quoteLines.filter((l) => l.startsWith(`${ID.dailywrap},`) && l.includes(',kirby,unmarked,'))).toHaveLength(1);
    const segmentLines = readFileSync(join(out, 'segments.csv'), 'utf8').split('\n');
    expect(segmentLines[0]).toBe('article_id,start,end,kind');
    expect(segmentLines).toContain(`${ID.anadolu},0,19,byline`);
  });

  it('shows boilerplate greyed out and labelled on the article page', () => {
    const page = readFileSync(join(out, 'articles', `${ID.arn}.html`), 'utf8');
    expect(page).toMatch(/<span class="seg seg-boilerplate" data-label="Boilerplate, not counted">More from International news<\/span>/);
    expect(page).toMatch(/<span class="seg seg-caption" data-label="Caption or credit">ANDREW CABALLERO-REYNOLDS\/ AFP<\/span>/);
  });

  it('with --include-boilerplate, counts "Hamas Islamists" for ARN', () => {
    const again = tempDir();
    expect(framelens(['report', 'seeds', '--include-boilerplate', '--out', again], { SOURCE_DATE_EPOCH: '0' }).status).toBe(0);
    const withBoilerplate = readJson<Results>(join(again, 'results.json'));
    const islamists = hitAt(ID.arn, 'Hamas Islamists') as Hit;
    const arn = withBoilerplate.scores.outlets.find((o) => o.outlet === ARN) as Outlet;
    expect(arn.byVariant[islamists.id]?.count).toBe(1);
  });

  it('reads a user’s structure file with --structure, and rejects a bad one with exit 2', () => {
    const dir = tempDir();
    const good = join(dir, 'structure.json');
    writeFileSync(good, JSON.stringify({ boilerplate: ['^Kirby said US-Israel consultations'] }));
    const withFile = tempDir();
    expect(framelens(['report', 'seeds', '--structure', good, '--out', withFile]).status).toBe(0);
    const start = at(ID.arn, 'Kirby said US-Israel consultations');
    expect(readSegments(withFile).find((s) => s.articleId === ID.arn && s.start === start)?.kind).toBe('boilerplate');

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{\n  "byline": ["(oops"]\n}');
    const run = framelens(['report', 'seeds', '--structure', bad, '--out', tempDir()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/bad\.json:2:\d+: not a valid regular expression.*\/byline\/0/);
  });
});
