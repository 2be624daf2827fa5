import type { Problem } from '../errors.js';
import { inflectedForms } from '../nlp/inflect.js';
import type { CompiledPhrase, CompiledVariant, Slot } from './compile-variants.js';

/** A finding of `lexicon validate`: errors stop a run; warnings point at entries that cannot do what their author meant. */
export interface Finding extends Problem {
  severity: 'error' | 'warning';
}

/** The words a word slot stands for: its inflected forms when the variant inflects. */
function formsOf(slot: Slot, inflect: boolean): string[] | undefined {
  if (slot.kind === 'word') return inflect ? inflectedForms(slot.key) : [slot.key];
  if (slot.kind === 'cased') return [slot.text.toLowerCase()];
  return undefined;
}

/** The word a slot is written as (lower case), for word and case-sensitive slots. */
function writtenOf(slot: Slot): string | undefined {
  return slot.kind === 'word' ? slot.key : slot.kind === 'cased' ? slot.text.toLowerCase() : undefined;
}

/**
 * Whether `b` matches whatever `a` is written as: the word of `a` as written
 * is among b's forms, or fits b's prefix or POS. Inflected forms are
 * over-generated (nobody writes "hostageses"), so they are not compared.
 */
function subsumes(b: Slot, bInflect: boolean, a: Slot): boolean {
  if (a.kind === 'gap' || b.kind === 'gap') return a.kind === 'gap' && b.kind === 'gap' && b.max >= a.max;
  if (b.kind === 'pos') return a.kind === 'pos' && a.tags.every((t) => b.tags.includes(t));
  if (a.kind === 'pos') return false;
  if (b.kind === 'prefix') return a.kind === 'prefix' ? a.prefix.startsWith(b.prefix) : (writtenOf(a) as string).startsWith(b.prefix);
  if (b.kind === 'cased') return a.kind === 'cased' && a.text === b.text;
  if (a.kind === 'prefix') return false;
  return (formsOf(b, bInflect) ?? []).includes(writtenOf(a) as string);
}

/** Whether some token could match both slots. */
function overlaps(a: Slot, aInflect: boolean, b: Slot, bInflect: boolean): boolean {
  if (a.kind === 'pos' || b.kind === 'pos' || a.kind === 'gap' || b.kind === 'gap') return true;
  if (a.kind === 'prefix' && b.kind === 'prefix') return a.prefix.startsWith(b.prefix) || b.prefix.startsWith(a.prefix);
  if (a.kind === 'prefix') return (formsOf(b, bInflect) ?? []).some((f) => f.startsWith(a.prefix));
  if (b.kind === 'prefix') return (formsOf(a, aInflect) ?? []).some((f) => f.startsWith(b.prefix));
  const aForms = new Set(formsOf(a, aInflect));
  return (formsOf(b, bInflect) ?? []).some((f) => aForms.has(f));
}

function pathSubsumes(b: Slot[], bInflect: boolean, a: Slot[]): boolean {
  return a.length === b.length && a.every((slot, i) => subsumes(b[i] as Slot, bInflect, slot));
}

/** Whether a match of `pattern` can lie inside a match of `exception`. */
function canContain(exception: Slot[], pattern: Slot[], inflect: boolean): boolean {
  for (let offset = 0; offset + pattern.length <= exception.length; offset++) {
    if (pattern.every((slot, i) => overlaps(slot, inflect, exception[offset + i] as Slot, inflect))) return true;
  }
  return false;
}

/** A path as the phrase it stands for: `genocid*`, `[ADJ|PROPN] war`. */
function pathText(path: Slot[]): string {
  return path.map((s) => (s.kind === 'word' ? s.key : s.kind === 'cased' ? `=${s.text}` : s.kind === 'prefix' ? `${s.prefix}*` : s.kind === 'gap' ? `~${s.max}` : `[${s.tags.join('|')}]`)).join(' ');
}

/** `"x"`, or `"x" (from "(a)? x")` when the phrase is one expansion of a pattern. */
function quoted(phrase: CompiledPhrase, path: Slot[]): string {
  const text = pathText(path);
  return phrase.paths.length > 1 ? `"${text}" (from "${phrase.source}")` : `"${phrase.source}"`;
}

function finding(variant: CompiledVariant, phrase: CompiledPhrase, message: string, expected: string): Finding {
  return { severity: 'warning', file: variant.file, pointer: phrase.pointer, value: phrase.source, message: `${variant.info.id}: ${message}`, expected };
}

/** A key that finds the earlier variants a path could collide with: its first slot's words (all forms), or nothing for a wildcard or POS slot. */
function firstWords(path: Slot[], inflect: boolean): string[] {
  return formsOf(path[0] as Slot, inflect) ?? [];
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface Indexed {
  variant: CompiledVariant;
  phrase: CompiledPhrase;
  path: Slot[];
}

/**
 * Within each referent: a phrase given to two variants, and a pattern that
 * an earlier-declared variant always matches over the same words (so the
 * earlier one wins every tie and the later never counts). Paths are indexed
 * by their first word, so a large lexicon is not compared pair by pair.
 */
function collisions(variants: CompiledVariant[]): Finding[] {
  const findings: Finding[] = [];
  const byReferent = new Map<string, CompiledVariant[]>();
  // By file too: two files that share a lexicon id are an error of their own, not a collision of phrases.
  for (const v of variants) pushTo(byReferent, `${v.file}\u0000${v.info.referentKey}`, v);
  for (const group of byReferent.values()) {
    const byFirst = new Map<string, Indexed[]>();
    const general: Indexed[] = [];
    for (const variant of group) {
      // A variant with exceptions or distancing may lose a match the other keeps: no verdict then.
      const simple = !variant.info.distanced && !variant.phrases.some((p) => p.role !== 'pattern');
      const reported = new Set<CompiledPhrase>();
      for (const phrase of variant.phrases.filter((p) => p.role === 'pattern')) {
        for (const path of phrase.paths) {
          if (reported.has(phrase) || variant.info.distanced) continue;
          const first = path[0] as Slot;
          // Only a wildcard or POS slot can take in a wildcard or POS slot; a written word, any slot.
          const written = writtenOf(first);
          const candidates = written === undefined ? general : [...general, ...(byFirst.get(written) ?? [])];
          const earlier = candidates.find((c) => c.variant !== variant && pathSubsumes(c.path, c.variant.inflect, path));
          if (!earlier) continue;
          reported.add(phrase);
          const same = pathSubsumes(path, variant.inflect, earlier.path);
          findings.push(
            same
              ? finding(variant, phrase, `the phrase ${quoted(phrase, path)} is also a pattern of ${earlier.variant.info.id} (${quoted(earlier.phrase, earlier.path)}), declared earlier in the same referent, which takes every match`, 'each phrase in one variant of a referent: remove it here or there')
              : finding(variant, phrase, `shadowed: ${earlier.variant.info.id} (${quoted(earlier.phrase, earlier.path)}), declared earlier in the same referent, matches the same words whenever ${quoted(phrase, path)} does and wins the tie`, 'a more specific pattern there, or this variant declared before it'),
          );
        }
        if (!simple) continue;
        for (const path of phrase.paths) {
          const entry = { variant, phrase, path };
          const words = firstWords(path, variant.inflect);
          if (words.length === 0) general.push(entry);
          for (const w of words) pushTo(byFirst, w, entry);
        }
      }
    }
  }
  return findings;
}

/** An exception no match of its variant can lie inside never cancels anything. */
function idleExceptions(variants: CompiledVariant[]): Finding[] {
  const findings: Finding[] = [];
  for (const variant of variants) {
    const patterns = variant.phrases.filter((p) => p.role === 'pattern').flatMap((p) => p.paths);
    for (const phrase of variant.phrases.filter((p) => p.role === 'exception')) {
      if (phrase.paths.some((e) => patterns.some((p) => canContain(e, p, variant.inflect)))) continue;
      findings.push(finding(variant, phrase, `the exception "${phrase.source}" contains no match of this variant's patterns, so it can never cancel one`, 'a longer phrase around a pattern (e.g. "Iranian regime" for "regime"), or notAfter/notBefore for words beside the match'));
    }
  }
  return findings;
}

/** What a schema and the loader cannot see: checks over the compiled patterns of all variants. */
export function lintVariants(variants: CompiledVariant[]): Finding[] {
  return [...collisions(variants), ...idleExceptions(variants)];
}
