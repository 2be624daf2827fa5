const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u02BB\u0060\u00B4\u2032]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const PLAIN = /^[a-z0-9]*$/;

/*
 * News vocabulary is small next to its token count, so the normalised form
 * of each distinct token is remembered. The cache is dropped when it grows
 * past a bound, so memory stays flat on any corpus.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

/** Apostrophe, dash and double-quote variants as their ASCII forms. */
function foldMarks(value: string): string {
  return value.replace(APOSTROPHES, "'").replace(DASHES, '-').replace(DOUBLE_QUOTES, '"');
}

function normalizeUncached(value: string): string {
  const lower = value.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  return foldMarks(lower.normalize('NFKC').toLowerCase());
}

/** The form matching sees: case, apostrophe, dash and quote variants, and compatibility characters folded. */
export function normalizeForMatch(value: string): string {
  let norm = cache.get(value);
  if (norm === undefined) {
    norm = normalizeUncached(value);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(value, norm);
  }
  return norm;
}

/** Characters that join two words when written without spaces: al-Aqsa, US–Israel. */
export const HYPHEN_CHARS = /[-\u2010\u2011\u2012\u2013\u2212\uFE63\uFF0D]/;

/** The form a case-sensitive pattern word is compared in: as normalised for matching, but with its case kept. */
export function normalizeKeepingCase(value: string): string {
  if (PLAIN.test(value.toLowerCase())) return value;
  return foldMarks(value.normalize('NFKC'));
}
