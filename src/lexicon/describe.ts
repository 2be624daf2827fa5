import type { Variant } from './types.js';

/** What a variant matches, in one line: its patterns. */
export function patternsText(variant: Variant): string {
  return variant.patterns.join(' · ');
}

/** What cancels a variant's matches, in one line: exceptions and the words that must not come before or after. */
export function limitsText(variant: Variant): string {
  return [
    ...(variant.exceptions ?? []),
    ...(variant.notAfter ?? []).map((p) => `${p} …`),
    ...(variant.notBefore ?? []).map((p) => `… ${p}`),
  ].join(' · ');
}

/** The conditions a variant adds to its patterns, in words. */
export function conditionsText(variant: Variant): string {
  const parts: string[] = [];
  if (variant.distanced) parts.push(`only ${variant.distanced.map((d) => (d === 'quotes' ? 'in scare quotes' : 'after “so-called”')).join(' or ')}`);
  if (variant.caseSensitive) parts.push('case as written');
  if (variant.inflect === false) parts.push('no inflection');
  return parts.join('; ');
}
