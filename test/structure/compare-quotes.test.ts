import { describe, expect, it } from 'vitest';
import { compareQuotes, type QuoteSource } from '../../src/structure/compare-quotes.js';
import { compilePatterns, DEFAULT_PATTERNS } from '../../src/structure/patterns.js';
import { structureOf } from '../../src/structure/structure.js';

const patterns = compilePatterns(DEFAULT_PATTERNS);
const source = (articleId: string, outlet: string, text: string): QuoteSource => ({ articleId, outlet, text, structure: structureOf(text, patterns) });

const A = source('a', 'Outlet A', 'Kirby spoke on Thursday.\n"The argument that somehow we are walking away from Israel just doesn\'t comport with the facts," Kirby said.\n"We will keep talking," he added.');
const B = source('b', 'Outlet B', 'Kirby spoke on Thursday.\n"The argument that we are walking away from Israel just doesn\'t align with the facts," Kirby added.');
const C = source('c', 'Outlet C', 'Kirby spoke on Thursday.\n"We will keep talking," Kirby said.\nKirby said the argument that Washington is walking away from Israel does not comport with the facts.');
const D = source('d', 'Outlet D', 'Nothing here is quoted or said about the talks.');

describe('compareQuotes', () => {
  const groups = compareQuotes([A, B, C, D]);
  const brief = groups.map((g) => g.renderings.map((r) => `${r.outlet} ${r.kind}`));

  it('groups renderings of one statement across outlets, a changed word included', () => {
    expect(brief[0]).toEqual(['Outlet A quoted', 'Outlet B quoted', 'Outlet C paraphrased']);
    expect(groups[0]?.speaker).toBe('kirby');
    expect(groups[0]?.renderings[1]?.text).toContain('align with the facts');
  });

  it('finds the paraphrase in the outlet’s own voice, not in its quotations', () => {
    expect(groups[0]?.renderings[2]?.text).toBe('Kirby said the argument that Washington is walking away from Israel does not comport with the facts.');
  });

  it('keeps different statements apart and leaves out one outlet’s own', () => {
    expect(brief).toEqual([['Outlet A quoted', 'Outlet B quoted', 'Outlet C paraphrased'], ['Outlet A quoted', 'Outlet C quoted']]);
    expect(groups.map((g) => g.id)).toEqual(['q1', 'q2']);
  });

  it('gives the same groups whatever order the sources come in after sorting by id', () => {
    const again = compareQuotes([D, C, B, A].sort((x, y) => x.articleId.localeCompare(y.articleId)));
    expect(again).toEqual(groups);
  });
});
