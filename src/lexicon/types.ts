/** The shapes of a lexicon file; src/schemas/lexicon.schema.json is the authority, these mirror it. */
export interface Source {
  title: string;
  url?: string;
  note?: string;
}

export interface CategoryDefinition {
  id: string;
  label: string;
  description: string;
}

export interface Variant {
  id: string;
  label: string;
  patterns: string[];
  inflect?: boolean;
  category: string;
  exceptions?: string[];
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
