import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/index.js';
import type { Article } from '../../src/corpus/types.js';
import { copyFingerprint } from '../../src/syndication/fingerprint.js';
import { findSharedCopies } from '../../src/syndication/groups.js';
import { fixtureLexicon } from '../helpers.js';

const manifest = JSON.parse(readFileSync('seeds/corpus.json', 'utf8')) as { articles: { file: string; id: string; outlet: string; title?: string; wireSource?: string | null }[] };
const seeds = manifest.articles.map((e) => ({ id: e.id, outlet: e.outlet, title: e.title, text: readFileSync(`seeds/${e.file}`, 'utf8') }));
const arn = seeds.find((s) => s.id === 'arn-2024-05-09') as (typeof seeds)[number];
/** ARN's body: everything before its related-stories list. */
const arnBody = arn.text.slice(0, arn.text.indexOf('More from International news'));

const input = (id: string, text: string, extra: { title?: string; wireSource?: string } = {}) => ({ id, text, fingerprint: copyFingerprint(text), ...extra });

describe('findSharedCopies', () => {
  it('groups no two of the five seeds: five outlets, five framings', () => {
    expect(findSharedCopies(seeds.map((s) => input(s.id, s.text)))).toEqual([]);
  });

  it('groups a copy of ARN’s article with another id, headline and ending, with similarity ≥ 0.8', () => {
    const copy = `${arnBody}\nRead more: Gaza ceasefire talks resume in Cairo as mediators push for a deal.\n`;
    const groups = findSharedCopies([...seeds.map((s) => input(s.id, s.id === arn.id ? arnBody : s.text, { title: s.title })), input('zz-copy', copy, { title: 'Rafah operation will not defeat Hamas, US says' })]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.articles).toEqual(['arn-2024-05-09', 'zz-copy']);
    expect(groups[0]?.minSimilarity).toBeGreaterThanOrEqual(0.8);
    const diff = groups[0]?.differences[0];
    expect(diff?.titleChanged).toBe(true);
    expect(diff?.changes).toEqual([{ kind: 'added', text: 'Read more: Gaza ceasefire talks resume in Cairo as mediators push for a deal.' }]);
  });

  it('shows a rewritten quotation as reworded, with both versions', () => {
    const original = arnBody;
    const edited = arnBody.replace('just doesn\'t comport with the facts', 'just doesn\'t align with the facts');
    const groups = findSharedCopies([input('a', original), input('b', edited)]);
    const reworded = groups[0]?.differences[0]?.changes.filter((c) => c.kind === 'reworded');
    expect(reworded).toHaveLength(1);
    expect(reworded?.[0]?.text).toContain('align with the facts');
    expect(reworded?.[0]?.other).toContain('comport with the facts');
  });

  it('groups a flood of identical articles (quadratically, it would time out)', () => {
    const text = arnBody;
    const fingerprint = copyFingerprint(text);
    const many = Array.from({ length: 3000 }, (_, i) => ({ id: `copy-${String(i).padStart(4, '0')}`, text, fingerprint }));
    const groups = findSharedCopies(many);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.articles).toHaveLength(3000);
  });
});

describe('--count-shared-once', () => {
  const articles: Article[] = [
    { id: 'a-site1', outlet: 'Site One', text: arnBody, wireSource: 'Reuters', source: 'a' },
    { id: 'b-site2', outlet: 'Site Two', text: `${arnBody}\nShare this article.`, source: 'b' },
    { id: 'c-other', outlet: 'Other', text: seeds[0]?.text ?? '', source: 'c' },
  ];

  it('counts every copy by default and the group once, under the agency, when asked', async () => {
    const all = await analyze({ articles }, [fixtureLexicon('basics')], { workers: 0 });
    expect(all.sharedCopies.map((g) => g.articles)).toEqual([['a-site1', 'b-site2']]);
    expect(all.outlets.map((o) => o.outlet)).toEqual(['Other', 'Site One', 'Site Two']);
    const once = await analyze({ articles }, [fixtureLexicon('basics')], { workers: 0, countSharedOnce: true });
    expect(once.counting).toEqual({ sharedOnce: true, leftOut: ['b-site2'], countedAs: { 'a-site1': 'Reuters' } });
    expect(once.outlets.map((o) => o.outlet)).toEqual(['Other', 'Reuters']);
    expect(once.totals.articles).toBe(2);
  });
});
