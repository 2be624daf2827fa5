import { speakerOf } from '../structure/names.js';

/** The speaker ids a list of names stands for, by framelens's own rule (a person's surname, an organisation's whole name), so a reader's "Rear Admiral Daniel Hagari" is framelens's `hagari`. */
export function speakerIds(names: string[]): string[] {
  const ids = names.map((name) => speakerOf(name.trim())?.id ?? name.trim().toLowerCase().replace(/^the\s+/u, '').replace(/[^\p{L}\p{N}]+/gu, '-'));
  return [...new Set(ids)];
}
