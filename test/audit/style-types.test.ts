import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script, without type declarations.
import { GENERATED, generate } from '../../scripts/schema-types.mjs';

describe('types generated from JSON Schemas', () => {
  it.each((GENERATED as { schema: string; out: string; name: string }[]).map((g) => [g.out, g] as const))('%s is up to date (npm run schema-types)', async (_out, entry) => {
    expect(readFileSync(entry.out, 'utf8')).toBe(await (generate as (e: unknown) => Promise<string>)(entry));
  });
});
