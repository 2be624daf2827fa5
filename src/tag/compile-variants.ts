import type { Problem } from '../errors.js';
import { expandPattern, isPlainPhrase, parsePattern, PatternSyntaxError, type PatternStep } from '../lexicon/pattern.js';
import type { LoadedLexicon, Variant } from '../lexicon/types.js';
import { normalizeForMatch, normalizeKeepingCase } from '../nlp/normalize.js';
import { phraseUnits, type PhraseUnits } from './phrase-tokens.js';
import type { VariantInfo } from './types.js';

/** One token position of a compiled pattern path. */
export type Slot = { kind: 'word'; key: string } | { kind: 'cased'; text: string } | { kind: 'prefix'; prefix: string } | { kind: 'pos'; tags: string[] } | { kind: 'gap'; max: number };

export type PhraseRole = 'pattern' | 'exception' | 'notBefore' | 'notAfter';

/** One pattern string of a lexicon file and every path it expands to. */
export interface CompiledPhrase {
  source: string;
  role: PhraseRole;
  pointer: string;
  paths: Slot[][];
}

export interface CompiledVariant {
  info: VariantInfo;
  file: string;
  pointer: string;
  inflect: boolean;
  variant: Variant;
  phrases: CompiledPhrase[];
}

const ROLE_FIELDS: [PhraseRole, keyof Variant][] = [
  ['pattern', 'patterns'],
  ['exception', 'exceptions'],
  ['notBefore', 'notBefore'],
  ['notAfter', 'notAfter'],
];

/** A path can match something only if it holds a word, a wildcard or a POS slot; punctuation alone cannot anchor a match. */
export function pathHasWords(path: Slot[]): boolean {
  return path.some((s) => (s.kind !== 'word' && s.kind !== 'gap') || (s.kind === 'word' && /[\p{L}\p{N}]/u.test(s.key)));
}

interface Pending {
  file: string;
  phrase: CompiledPhrase;
  steps: PatternStep[][];
  caseSensitive: boolean;
}

/**
 * Every variant of a run with its patterns parsed, expanded and tokenised:
 * what the trie is built from and what `lexicon validate` inspects. All
 * phrase texts are tokenised in one batch.
 */
export function compileVariants(lexicons: LoadedLexicon[]): { variants: CompiledVariant[]; problems: Problem[] } {
  const variants: CompiledVariant[] = [];
  const problems: Problem[] = [];
  const pending: Pending[] = [];
  const texts = new Set<string>();

  for (const { lexicon, file } of lexicons) {
    lexicon.referents.forEach((referent, r) => {
      referent.variants.forEach((variant, v) => {
        const pointer = `/referents/${r}/variants/${v}`;
        const compiled: CompiledVariant = {
          info: {
            id: `${lexicon.id}/${referent.id}/${variant.id}`,
            lexicon: lexicon.id,
            referent: referent.id,
            referentKey: `${lexicon.id}/${referent.id}`,
            variant: variant.id,
            category: variant.category,
            order: variants.length,
            ...(variant.distanced && variant.distanced.length > 0 ? { distanced: variant.distanced } : {}),
          },
          file,
          pointer,
          inflect: variant.inflect !== false,
          variant,
          phrases: [],
        };
        variants.push(compiled);
        for (const [role, field] of ROLE_FIELDS) {
          ((variant[field] as string[] | undefined) ?? []).forEach((source, i) => {
            const phrase: CompiledPhrase = { source, role, pointer: `${pointer}/${field}/${i}`, paths: [] };
            let steps: PatternStep[][];
            try {
              steps = isPlainPhrase(source) ? [[{ kind: 'text', text: source, at: 0 }]] : expandPattern(parsePattern(source));
            } catch (error) {
              if (!(error instanceof PatternSyntaxError)) throw error;
              problems.push({
                file,
                pointer: phrase.pointer,
                value: source,
                message: `pattern syntax: ${error.message} at position ${error.position + 1} ("${source.slice(error.position, error.position + 12)}")`,
                expected: error.expected,
              });
              return;
            }
            for (const path of steps) for (const step of path) if (step.kind === 'text' || step.kind === 'cased') texts.add(step.text);
            compiled.phrases.push(phrase);
            pending.push({ file, phrase, steps, caseSensitive: variant.caseSensitive === true });
          });
        }
      });
    });
  }

  const distinct = [...texts];
  const units = phraseUnits(distinct);
  // Slots are shared between the paths that use the same text: a large lexicon repeats its words.
  const wordSlots = new Map<string, Slot[]>();
  const casedSlots = new Map<string, Slot[]>();
  distinct.forEach((text, i) => {
    const tokens = units[i] as PhraseUnits;
    wordSlots.set(text, tokens.keys.map((key) => ({ kind: 'word', key })));
    casedSlots.set(text, tokens.texts.map((t) => ({ kind: 'cased', text: normalizeKeepingCase(t) })));
  });
  for (const { file, phrase, steps, caseSensitive } of pending) {
    phrase.paths = steps.map((path) =>
      path.flatMap((step): Slot[] => {
        if (step.kind === 'prefix') return [{ kind: 'prefix', prefix: normalizeForMatch(step.prefix) }];
        if (step.kind === 'pos') return [{ kind: 'pos', tags: step.tags }];
        if (step.kind === 'gap') return [{ kind: 'gap', max: step.max }];
        return (step.kind === 'cased' || caseSensitive ? casedSlots : wordSlots).get(step.text) as Slot[];
      }),
    );
    if (phrase.paths.some((p) => !pathHasWords(p))) {
      problems.push({ file, pointer: phrase.pointer, value: phrase.source, message: 'pattern has no words to match', expected: 'a phrase with at least one word (punctuation alone, or only optional parts, matches nothing)' });
    }
  }
  return { variants, problems };
}
