/** Fixed, locale-free number formats, so a report reads the same on every machine. */
export function fixed(n: number, digits = 2): string {
  return n.toFixed(digits);
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Only http(s) addresses become links; anything else (javascript:, data:) is shown as text. */
export function safeHref(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}

/** Control characters other than tab and line breaks: none is written raw into a page or a CSV file (each becomes U+FFFD, one character for one). */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const HAS_CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The text with each control character (but tab and line breaks) as U+FFFD; the same string, uncopied, when it has none. */
export function withoutControlCharacters(text: string): string {
  return HAS_CONTROL_CHARACTER.test(text) ? text.replace(CONTROL_CHARACTERS, '\uFFFD') : text;
}
