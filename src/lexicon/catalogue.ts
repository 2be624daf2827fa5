import type { LoadedLexicon, Referent, Source, Variant } from './types.js';

/** Everything a report says about one variant, found by its hit id. */
export interface VariantEntry {
  id: string;
  lexiconId: string;
  lexiconTitle: string;
  referentKey: string;
  referent: Referent;
  variant: Variant;
  sources: Source[];
}

export interface ReferentEntry {
  key: string;
  lexiconId: string;
  referent: Referent;
}

export interface Catalogue {
  variants: Map<string, VariantEntry>;
  referents: ReferentEntry[];
}

/** Id-keyed lookup of the lexicons of a run, in declaration order. */
export function catalogueOf(lexicons: LoadedLexicon[]): Catalogue {
  const variants = new Map<string, VariantEntry>();
  const referents: ReferentEntry[] = [];
  for (const { lexicon } of lexicons) {
    for (const referent of lexicon.referents) {
      const referentKey = `${lexicon.id}/${referent.id}`;
      referents.push({ key: referentKey, lexiconId: lexicon.id, referent });
      for (const variant of referent.variants) {
        const id = `${referentKey}/${variant.id}`;
        variants.set(id, { id, lexiconId: lexicon.id, lexiconTitle: lexicon.title, referentKey, referent, variant, sources: variant.sources ?? [] });
      }
    }
  }
  return { variants, referents };
}
