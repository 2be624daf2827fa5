/* Generated from the JSON Schema by scripts/schema-types.mjs (npm run schema-types). Do not edit by hand. */

/**
 * Text with at least one visible character and no control characters (an escape sequence in a message could rewrite an editor's terminal).
 */
export type Text = string;
/**
 * Patterns of the rule's own, in the lexicon pattern language (see README, "Patterns").
 *
 * @minItems 1
 * @maxItems 200
 */
export type Phrases = [Text, ...Text[]];
/**
 * Longer phrases that contain a match of `patterns` and cancel it.
 *
 * @minItems 1
 * @maxItems 200
 */
export type Phrases1 = [Text, ...Text[]];
/**
 * Phrases that cancel a match of `patterns` when they come right after it.
 *
 * @minItems 1
 * @maxItems 200
 */
export type Phrases2 = [Text, ...Text[]];
/**
 * Phrases that cancel a match of `patterns` when they come right before it.
 *
 * @minItems 1
 * @maxItems 200
 */
export type Phrases3 = [Text, ...Text[]];
export type ScopeValue = 'own' | 'quoted' | 'headline' | 'body';

/**
 * A desk's house style as rules that `framelens audit` checks: each rule names lexicon variants by id or carries its own patterns (in the lexicon pattern language), and says how serious a finding is, what to tell the writer and what to write instead. By default a rule looks at the desk's own voice only, never at quoted words.
 */
export interface StyleFile {
  $schema?: string;
  /**
   * The style guide's name, shown in reports.
   */
  title?: string;
  description?: Text;
  /**
   * @minItems 1
   * @maxItems 2000
   */
  rules: [Rule, ...Rule[]];
}
export interface Rule {
  /**
   * Stable id of the rule: lower-case letters and digits in words joined by -, _ or ., e.g. no-regime. Findings, suppression comments and the scorecard key on it.
   */
  id: string;
  /**
   * How serious a finding is; `audit --fail-on` and `--min-level` compare levels.
   */
  level: 'suggestion' | 'warning' | 'error';
  /**
   * Text with at least one visible character and no control characters (an escape sequence in a message could rewrite an editor's terminal).
   */
  message: string;
  /**
   * Text with at least one visible character and no control characters (an escape sequence in a message could rewrite an editor's terminal).
   */
  description?: string;
  /**
   * Lexicon variants whose hits this rule reports.
   *
   * @minItems 1
   * @maxItems 500
   *
   * Items: A lexicon variant id, lexicon/referent/variant (e.g. israel-gaza/israel-state/regime), or lexicon/referent/* for every variant of a referent.
   */
  variants?: [string, ...string[]];
  patterns?: Phrases;
  exceptions?: Phrases1;
  notBefore?: Phrases2;
  notAfter?: Phrases3;
  /**
   * Whether words of `patterns` also match their inflections (default true).
   */
  inflect?: boolean;
  /**
   * Match `patterns` with case as written.
   */
  caseSensitive?: boolean;
  /**
   * What to write instead. With exactly one, `audit --fix` replaces the matched words with it (in the desk's own voice only).
   *
   * @minItems 1
   * @maxItems 20
   */
  suggestions?: [Text, ...Text[]];
  /**
   * An http(s) address of the style guide's entry for this rule.
   */
  link?: string;
  /**
   * Where the rule looks: own (the desk's own voice, the default), quoted (quoted words as well), headline (the headline only), body (the lede and body only). One value or a list, e.g. [headline, quoted].
   */
  scope?: ScopeValue | [ScopeValue, ...ScopeValue[]];
  /**
   * Makes the rule an aggregate one: instead of each match, it reports an article (and, on the scorecard, a month) where matches exceed this many per 1,000 of the desk's own words.
   */
  limit?: {
    per1000Words: number;
  };
  /**
   * Sentences the rule must and must not flag; `framelens style test` checks them.
   */
  examples?: {
    match?: Text[];
    noMatch?: Text[];
  };
}
