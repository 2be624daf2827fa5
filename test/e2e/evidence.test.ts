import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { framelens, tempDir } from './cli.js';
import { slug } from '../../src/report/slug.js';

let out: string;

beforeAll(() => {
  out = tempDir();
  expect(framelens(['report', 'seeds', '--out', out], { SOURCE_DATE_EPOCH: '0' }).status).toBe(0);
});

const header = (file: string): string => readFileSync(join(out, file), 'utf8').split('\n')[0] ?? '';

describe('evidence behind every number', () => {
  it('writes the statistical exports with their columns', () => {
    expect(header('outlet-variants.csv')).toContain('share_ci_low,share_ci_high,log_odds_z,flag_small_sample');
    expect(header('concordance.csv')).toBe('article_id,outlet,hit_id,referent,variant,category,start,end,left,hit,right,voice,speaker,segment');
    expect(header('divergence.csv')).toBe('outlet_a,outlet_b,jsd');
    expect(header('distinctive-terms.csv')).toBe('outlet,term,count,rate_per_1000_words,log_odds_z,flag_small_sample');
  });

  it('flags every seed figure as a small sample: each outlet has fewer than 5 articles', () => {
    const rows = readFileSync(join(out, 'outlet-variants.csv'), 'utf8').trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.every((r) => r.split(',').at(-3) === '1')).toBe(true);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('Every outlet here has fewer than 5 articles');
    expect(index).not.toMatch(/class="num [^"]* (over|under)"/);
  });

  it('links every count to a passage that exists, and every passage to its highlighted span', () => {
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    const links = [...index.matchAll(/href="(concordance\/[^"#]+)#([^"]+)"/g)];
    expect(links.length).toBeGreaterThan(50);
    for (const [, page, anchor] of links) {
      const html = readFileSync(join(out, page as string), 'utf8');
      expect(html, `${page}#${anchor}`).toContain(`id="${anchor}"`);
    }
    const pages = readdirSync(join(out, 'concordance'));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const html = readFileSync(join(out, 'concordance', page), 'utf8');
      for (const [, article, n] of html.matchAll(/href="\.\.\/(articles\/[^"#]+)#hit-(\d+)"/g)) {
        expect(existsSync(join(out, article as string))).toBe(true);
        expect(readFileSync(join(out, article as string), 'utf8')).toContain(`id="hit-${n}"`);
      }
    }
  });

  it('links every category rate and outlet total to that outlet’s markers in context', () => {
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    const links = [...index.matchAll(/href="(outlets\/[^"#]+)(?:#([^"]+))?"/g)];
    expect(links.length).toBeGreaterThan(20);
    for (const [, page, anchor] of links) {
      const html = readFileSync(join(out, page as string), 'utf8');
      if (anchor) expect(html, `${page}#${anchor}`).toContain(`id="${anchor}"`);
    }
    const presstv = readFileSync(join(out, 'outlets', `${slug('Press TV')}.html`), 'utf8');
    const delegitimising = presstv.slice(presstv.indexOf('id="cat-delegitimising-label"'));
    expect((delegitimising.slice(0, delegitimising.indexOf('</table>')).match(/class="hit"/g) ?? []).length).toBe(7);
  });

  it('shows Press TV’s "regime" passages on the variant’s concordance page, linked from the Israel page', () => {
    expect(readFileSync(join(out, 'referents', 'israel-gaza--israel-state.html'), 'utf8')).toContain('href="../concordance/israel-gaza--israel-state--regime-1.html');
    const page = readFileSync(join(out, 'concordance', 'israel-gaza--israel-state--regime-1.html'), 'utf8');
    const section = page.slice(page.indexOf(`id="${slug('Press TV')}"`));
    expect(section).toContain('(7)');
    expect((section.slice(0, section.indexOf('</table>')).match(/class="hit"/g) ?? []).length).toBe(7);
  });
});
