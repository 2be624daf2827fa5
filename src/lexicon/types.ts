/** The shapes of a lexicon file; src/schemas/lexicon.schema.json is the authority, these mirror it. */
export interface Source {
  title: string;
  url?: string;
  /** The file an imported entry came from. */
  file?: string;
  note?: string;
}

export interface CategoryDefinition {
  id: string;
  label: string;
  description: string;
}

/** Ways an outlet can distance itself from a name: quotation marks around it, or "so-called" before it. */
export type Distancing = 'quotes' | 'so-called';

export interface Variant {
  id: string;
  label: string;
  patterns: string[];
  inflect?: boolean;
  /** Match case as written for every word of the variant's patterns (names, acronyms). */
  caseSensitive?: boolean;
  /** The variant counts only where the outlet distances itself from the name in one of these ways. */
  distanced?: Distancing[];
  category: string;
  exceptions?: string[];
  /** A match is cancelled when one of these phrases comes right after it. */
  notBefore?: string[];
  /** A match is cancelled when one of these phrases comes right before it. */
  notAfter?: string[];
  explanation: string;
  sources?: Source[];
  examples?: { match?: string[]; noMatch?: string[] };
}

export interface Referent {
  id: string;
  label: string;
  description: string;
  variants: Variant[];
}

export interface Lexicon {
  id: string;
  /** Ids of lexicons whose variants this one may replace (same referent and variant id) or add to. */
  extends?: string[];
  version: string;
  title: string;
  description: string;
  licence: string;
  sources: Source[];
  categories?: CategoryDefinition[];
  referents: Referent[];
}

/** A lexicon as loaded: the data, where it came from, and the digest that identifies this exact file. */
export interface LoadedLexicon {
  lexicon: Lexicon;
  file: string;
  sha256: string;
}
