import type { ArticleFacts } from './types.js';

const FACT_KEYS = ['outlet', 'title', 'date', 'url', 'outletShort', 'country', 'ownership', 'byline', 'wireSource', 'notes', 'story'] as const;

/** Copies the known facts of a manifest entry or JSONL line, dropping nulls (null = "not known"). */
export function pickFacts(record: Record<string, unknown>): ArticleFacts {
  const facts: Partial<Record<(typeof FACT_KEYS)[number], string>> = {};
  for (const key of FACT_KEYS) {
    const value = record[key];
    if (typeof value === 'string') facts[key] = value;
  }
  const structure: Pick<ArticleFacts, 'bodyEnds' | 'boilerplate'> = {};
  if (typeof record.bodyEnds === 'string') structure.bodyEnds = record.bodyEnds;
  if (Array.isArray(record.boilerplate)) structure.boilerplate = record.boilerplate.filter((b): b is string => typeof b === 'string');
  return { ...facts, ...structure } as ArticleFacts;
}
