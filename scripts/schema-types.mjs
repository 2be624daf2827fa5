// Writes TypeScript types from JSON Schemas, so a user file's shape is written once (the schema) and the code follows it.
// `npm run schema-types` regenerates; test/audit/style-types.test.ts fails when a generated file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';

export const GENERATED = [{ schema: 'src/schemas/style.schema.json', out: 'src/audit/style-file.generated.ts', name: 'StyleFile' }];

const BANNER = '/* Generated from the JSON Schema by scripts/schema-types.mjs (npm run schema-types). Do not edit by hand. */';

export async function generate({ schema, name }) {
  const json = JSON.parse(readFileSync(schema, 'utf8'));
  return compile({ ...json, title: name }, name, { bannerComment: BANNER, additionalProperties: false, unreachableDefinitions: false, maxItems: -1, format: true, style: { singleQuote: true, printWidth: 160 } });
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  for (const entry of GENERATED) writeFileSync(entry.out, await generate(entry));
}
