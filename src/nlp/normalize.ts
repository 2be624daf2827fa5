const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u02BB\u0060\u00B4\u2032]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;

/** The form matching sees: case, apostrophe, dash and quote variants, and compatibility characters folded. */
export function normalizeForMatch(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(DOUBLE_QUOTES, '"');
}

/** Characters that join two words when written without spaces: al-Aqsa, US–Israel. */
export const HYPHEN_CHARS = /[-\u2010\u2011\u2012\u2013\u2212\uFE63\uFF0D]/;
