import { fullerName } from './names.js';
import type { Speaker } from './types.js';

/** The speakers of several articles, one per id under the fullest name any article gives, in id order. */
export function mergeSpeakers(lists: Speaker[][]): Speaker[] {
  const byId = new Map<string, Speaker>();
  for (const s of lists.flat()) {
    const known = byId.get(s.id);
    byId.set(s.id, known ? { ...known, name: fullerName(known.name, s.name), person: known.person || s.person } : s);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
