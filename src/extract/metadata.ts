import { all, type DomDocument } from './dom.js';
import { articleObject, jsonLdObjects, namesOf, parseJsonLd, stringOf, type JsonObject } from './json-ld.js';
import type { PageMetadata } from './types.js';

/** Meta tags by name or property, lower-cased; the first of each wins. */
function metaTags(document: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of all(document.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = clean(meta.getAttribute('content'));
    if (key !== '' && content !== undefined && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

function clean(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** A date as YYYY-MM-DD: the date as written where it is ISO 8601 (the publisher's own day), else as parsed. */
export function dateOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const iso = ISO_DATE.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  const date = new Date(time);
  const year = date.getFullYear();
  if (year < 1000 || year > 9999) return undefined;
  return `${year}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Only a web address is an address: not `javascript:`, not a relative path. */
export function webAddress(value: string | undefined, base?: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const first = <T>(...values: (T | undefined)[]): T | undefined => values.find((v) => v !== undefined);

/** A person's name as a byline gives it; a profile address (`article:author` often is one) is no name. */
function personName(value: string | undefined): string | undefined {
  return value === undefined || /^https?:\/\//i.test(value) ? undefined : value;
}

function jsonLdOf(document: DomDocument): { article?: JsonObject; objects: JsonObject[] } {
  const blocks = all(document.querySelectorAll('script[type="application/ld+json" i]')).flatMap((script) => {
    const parsed = parseJsonLd(script.textContent ?? '');
    return parsed === undefined ? [] : [parsed];
  });
  const objects = jsonLdObjects(blocks);
  return { article: articleObject(objects), objects };
}

/** What the page says about itself: JSON-LD first, then OpenGraph and other meta tags, then the HTML itself. */
export function readMetadata(document: DomDocument, pageUrl?: string): PageMetadata {
  const meta = metaTags(document);
  const { article, objects } = jsonLdOf(document);
  const ld = (key: string): string | undefined => clean(stringOf(article?.[key]));
  const ldNames = (key: string): string | undefined => clean(namesOf(article?.[key], objects).join(', '));
  const site = objects.find((o) => o['@type'] === 'WebSite');
  const canonical = document.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? undefined;
  const base = pageUrl ?? webAddress(first(ld('url'), canonical, meta.get('og:url')));
  const title = clean(document.querySelector('title')?.textContent);

  return dropUndefined({
    title: first(clean(typeof article?.headline === 'string' ? article.headline : undefined), meta.get('og:title'), meta.get('twitter:title'), title),
    date: dateOf(first(ld('datePublished'), meta.get('article:published_time'), meta.get('og:article:published_time'), meta.get('datepublished'), meta.get('pubdate'),
      meta.get('publish-date'), meta.get('parsely-pub-date'), meta.get('sailthru.date'), meta.get('dc.date'), meta.get('dc.date.issued'), meta.get('date'), ld('dateCreated'))),
    author: first(ldNames('author'), personName(meta.get('author')), personName(meta.get('article:author')), personName(meta.get('parsely-author')), meta.get('dc.creator')),
    publisher: first(ldNames('publisher'), meta.get('article:publisher') === undefined ? undefined : personName(meta.get('article:publisher'))),
    siteName: first(meta.get('og:site_name'), site && clean(namesOf(site, objects)[0]), meta.get('application-name')),
    url: webAddress(first(ld('url'), ld('mainEntityOfPage'), canonical, meta.get('og:url')), base),
    language: first(clean(document.documentElement.getAttribute('lang')), ld('inLanguage'), meta.get('og:locale')),
    description: first(ld('description'), meta.get('og:description'), meta.get('description')),
  });
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
