import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLexicons } from '../../src/cli/read-lexicons.js';
import { lexiconDocs } from '../../src/lexicon/docs.js';

describe('bundled lexicon files', () => {
  it.each(['israel-gaza', 'news-general'])('%s declares $schema, so editors complete and check it', (id) => {
    const json = JSON.parse(readFileSync(`lexicons/${id}.json`, 'utf8')) as { $schema?: string };
    expect(json.$schema).toBe('../src/schemas/lexicon.schema.json');
  });
});

describe('lexicons/README.md', () => {
  const fresh = lexiconDocs(readLexicons(['lexicons']));

  it('is up to date with the lexicon files (run npm run lexicon-docs)', () => {
    const committed = readFileSync('lexicons/README.md', 'utf8');
    expect(committed === fresh, 'lexicons/README.md is stale: run npm run lexicon-docs').toBe(true);
  });

  it('lists each referent and variant with category, patterns, explanation and sources', () => {
    expect(fresh).toContain('### How deaths are phrased (`news-general/casualty-phrasing`)');
    expect(fresh).toMatch(/\| lost their lives `lost-lives` \| euphemism \| \{lost\\\|lose\\\|losing\} .* \| "Lost their lives" is a respectful phrase .* \| AP Stylebook/);
    expect(fresh).toContain('only in scare quotes');
  });
});
