import type { CategoryDefinition } from './types.js';

/** Categories every lexicon may use without declaring them. */
export const BUILT_IN_CATEGORIES: CategoryDefinition[] = [
  { id: 'delegitimising-label', label: 'Delegitimising label', description: 'A name that denies the named party legitimacy, e.g. "regime" or "Zionist entity" for Israel\'s state.' },
  { id: 'valorising-label', label: 'Valorising label', description: 'A name that confers legitimacy or heroism, e.g. "resistance movement" or "martyrs".' },
  { id: 'loaded-term', label: 'Loaded term', description: 'An emotionally charged or contested word, e.g. "massacre", "terrorists", "genocide".' },
  { id: 'euphemism', label: 'Euphemism', description: 'A word that softens what happened, e.g. "operation" for an assault or "died" for "were killed".' },
  { id: 'neutral', label: 'Neutral / descriptive', description: 'The descriptive naming that wire-service style guides recommend.' },
  { id: 'attribution', label: 'Attribution', description: 'Who a figure or claim is sourced to, e.g. "Hamas-run health ministry", "according to the UN".' },
];

/** Every category a set of lexicons can use: built-in first, then each lexicon's own in lexicon order. */
export function categoriesOf(lexicons: { categories?: CategoryDefinition[] }[]): CategoryDefinition[] {
  const all = new Map(BUILT_IN_CATEGORIES.map((c) => [c.id, c]));
  for (const lexicon of lexicons) for (const c of lexicon.categories ?? []) if (!all.has(c.id)) all.set(c.id, c);
  return [...all.values()];
}
