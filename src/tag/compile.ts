import { UserInputError } from '../errors.js';
import type { LoadedLexicon } from '../lexicon/types.js';
import { inflectedForms } from '../nlp/inflect.js';
import { compileVariants, type CompiledVariant, type PhraseRole, type Slot } from './compile-variants.js';
import { distancedPaths } from './distancing.js';
import { insertPath, newNode, type TrieEdge, type TrieNode } from './trie.js';
import type { VariantInfo } from './types.js';

/**
 * All lexicons of a run compiled into one trie over normalised tokens. An
 * inflecting pattern word is one edge, `~word`, that every inflected form of
 * the word reaches through `inflectedEdges`; a word matched as written is an
 * edge of its own form. So the trie grows with the patterns, not with their forms.
 */
export interface Matcher {
  root: TrieNode;
  variants: VariantInfo[];
  /** For a text token's normalised form, the inflecting edges it can take (besides its own form). */
  inflectedEdges: Map<string, string[]>;
}

const INFLECTED = '~';
/** Case-sensitive words live in the same map as normalised keys; no normalised key starts with this character. */
export const CASED = '\u0000';

/** A matcher built from compiled variants; `notAfter`/`notBefore` become exceptions that put the context before/after each pattern path. */
export function buildMatcher(variants: CompiledVariant[]): Matcher {
  const root = newNode();
  const inflectedEdges = new Map<string, string[]>();
  const inflectingEdge = (word: string): string => {
    const forms = inflectedForms(word);
    if (forms.length === 1) return word;
    const edge = `${INFLECTED}${word}`;
    for (const form of forms) {
      const edges = inflectedEdges.get(form);
      if (!edges) inflectedEdges.set(form, [edge]);
      else if (!edges.includes(edge)) edges.push(edge);
    }
    return edge;
  };

  variants.forEach(({ info, inflect, phrases }, index) => {
    const edgeOf = (slot: Slot): TrieEdge => {
      switch (slot.kind) {
        case 'word':
          return { kind: 'key', key: inflect ? inflectingEdge(slot.key) : slot.key };
        case 'cased':
          return { kind: 'key', key: `${CASED}${slot.text}`, cased: true };
        default:
          return slot;
      }
    };
    const add = (path: Slot[], exception: boolean): void => insertPath(root, path.map(edgeOf), { variant: index, length: path.length, exception });
    const byRole: Record<PhraseRole, Slot[][]> = { pattern: [], exception: [], notBefore: [], notAfter: [] };
    for (const phrase of phrases) for (const path of phrase.paths) byRole[phrase.role].push(path);
    if (info.distanced) byRole.pattern = byRole.pattern.flatMap((path) => distancedPaths(path, info.distanced ?? []));
    for (const path of byRole.pattern) add(path, false);
    for (const path of byRole.exception) add(path, true);
    for (const context of byRole.notAfter) for (const path of byRole.pattern) add([...context, ...path], true);
    for (const context of byRole.notBefore) for (const path of byRole.pattern) add([...path, ...context], true);
  });
  return { root, variants: variants.map((v) => v.info), inflectedEdges };
}

export function compileLexicons(lexicons: LoadedLexicon[]): Matcher {
  const { variants, problems } = compileVariants(lexicons);
  if (problems.length > 0) throw new UserInputError(problems);
  return buildMatcher(variants);
}
