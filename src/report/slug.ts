import { createHash } from 'node:crypto';

/** Enough of a long name to recognise it by; the hash keeps it apart from others (a file name may have at most 255 bytes). */
const MAX_READABLE = 60;

/**
 * A string made safe as one file name or fragment (letters, digits, dot,
 * dash and underscore), and different for different strings: the one
 * naming scheme of every page and anchor (articles, outlets, stories,
 * referents). A string that is already such a name in lower case is kept as
 * it is; any other (capitals, which a case-blind file system confuses, other
 * scripts, punctuation, a long name) is made readable and followed by a
 * hash of the whole string, so `Press TV` and `Press/TV`, or two Arabic
 * names, never share a page.
 */
export function slug(value: string): string {
  const readable =
    value
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/^\.+/, '_')
      .slice(0, MAX_READABLE) || '_';
  if (readable === value && value === value.toLowerCase()) return readable;
  return `${readable}-${createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 10)}`;
}
