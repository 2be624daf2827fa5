import { slug } from './slug.js';

/**
 * File name of an article's page, from its id alone (so it is known the
 * moment the article is done, whatever else the corpus holds), by the one
 * naming scheme of every page (slug.ts): two ids that sanitise alike, or
 * differ only in case, never share a page.
 */
export function articlePagePath(id: string): string {
  return `articles/${slug(id)}.html`;
}

/** File name of each referent's page, from its lexicon/referent key. */
export function referentPagePath(referentKey: string): string {
  return `referents/${slug(referentKey.replace('/', '--'))}.html`;
}

/** The n-th page (from 1) of a variant's passages. */
export function concordancePagePath(variantId: string, n: number): string {
  return `concordance/${slug(variantId.replaceAll('/', '--'))}-${n}.html`;
}

export function outletPagePath(outlet: string): string {
  return `outlets/${slug(outlet)}.html`;
}

export function storyPagePath(story: string): string {
  return `stories/${slug(story)}.html`;
}

/** The n-th page (from 1) of the table of groups of shared copies. */
export function copiesPagePath(n: number): string {
  return `copies/index-${n}.html`;
}

/** The page of the n-th group of shared copies (from 1, in order of their first article). */
export function copyGroupPagePath(n: number): string {
  return `copies/group-${n}.html`;
}

/** The n-th page (from 1) of statements quoted by several outlets. */
export function quotesPagePath(n: number): string {
  return `quotes/index-${n}.html`;
}

/** Items in pages of `size`: the pages' numbers and contents. */
export function pagesOf<T>(items: readonly T[], size: number): { n: number; items: T[] }[] {
  const pages: { n: number; items: T[] }[] = [];
  for (let i = 0; i < items.length; i += size) pages.push({ n: pages.length + 1, items: items.slice(i, i + size) });
  return pages;
}
