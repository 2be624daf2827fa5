import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, it, expect } from 'vitest';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import resultsSchema from '../src/schemas/results.schema.json' with { type: 'json' };
import { analyze } from '../src/analyze/index.js';
import { readCorpus } from '../src/cli/read-corpus.js';
import { readLexicons } from '../src/cli/read-lexicons.js';
import { generatedAt } from '../src/cli/generated-at.js';
import { packageVersion } from '../src/cli/package-info.js';
import type { ReportMeta } from '../src/report/meta.js';
import { RESULTS_SCHEMA_ID, RESULTS_SCHEMA_VERSION, resultsDocument, resultsJson } from '../src/report/results-json.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = join(ROOT, 'seeds');
// The fixture, not the bundled pack, so this test does not change when the pack is edited.
const MINI_LEXICON = join(ROOT, 'test', 'fixtures', 'lexicons', 'mini.json');

// No allowUnionTypes: the schema should compile under Ajv's strictest settings, so any consumer can use it.
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(resultsSchema);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function meta(lexiconFiles: string[]): ReportMeta {
  return {
    generator: { name: 'framelens', version: packageVersion() },
    generatedAt: generatedAt({ SOURCE_DATE_EPOCH: '1715212800' }),
    options: { corpus: 'seeds', lexicons: lexiconFiles },
  };
}

/** What the CLI writes to results.json, read back: undefined values and key order are as a consumer sees them. */
async function seedDocument(lexiconPaths: string[], dropCorpusTitle = false): Promise<JsonObject> {
  const corpus = readCorpus(SEEDS);
  const lexicons = readLexicons(lexiconPaths);
  const analysis = await analyze(dropCorpusTitle ? { articles: corpus.articles } : corpus, lexicons);
  return JSON.parse(resultsJson(analysis, meta(lexicons.map((l) => l.file)))) as JsonObject;
}

function errorsOf(value: unknown): ErrorObject[] {
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

function obj(value: Json | undefined): JsonObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`not an object: ${JSON.stringify(value)}`);
  return value;
}

function arr(value: Json | undefined): Json[] {
  if (!Array.isArray(value)) throw new Error(`not an array: ${JSON.stringify(value)}`);
  return value;
}

function first(value: Json | undefined): JsonObject {
  return obj(arr(value)[0]);
}

describe('results.schema.json', () => {
  let doc: JsonObject;
  beforeAll(async () => {
    doc = await seedDocument([MINI_LEXICON]);
  });

  it('is the schema results-json.ts names', () => {
    expect(resultsSchema.$id).toBe(RESULTS_SCHEMA_ID);
    expect(resultsSchema.properties.schemaVersion.const).toBe(RESULTS_SCHEMA_VERSION);
  });

  it('accepts the document made from the seed corpus', () => {
    // Guards against a vacuous pass: every nested shape must actually occur.
    expect(arr(doc.hits).length).toBeGreaterThan(0);
    expect(arr(obj(doc.corpus).articles)).toHaveLength(5);
    expect(Object.keys(obj(first(obj(doc.scores).articles).byVariant)).length).toBeGreaterThan(0);
    expect(arr(obj(doc.corpus).articles).some((a) => obj(a).title === null)).toBe(true);
    expect(arr(doc.quotes).length).toBeGreaterThan(20);
    expect(arr(doc.segments).length).toBeGreaterThan(50);
    expect(arr(doc.speakers).length).toBeGreaterThan(2);
    expect(arr(doc.quoteComparison).length).toBeGreaterThan(2);
    expect(new Set(arr(doc.hits).map((h) => obj(h).voice))).toEqual(new Set(['narrator', 'quoted', 'boilerplate']));
    expect(errorsOf(doc)).toEqual([]);
  });

  it('accepts the in-memory document as well as its JSON', async () => {
    const corpus = readCorpus(SEEDS);
    const lexicons = readLexicons([MINI_LEXICON]);
    expect(errorsOf(resultsDocument(await analyze(corpus, lexicons), meta(lexicons.map((l) => l.file))))).toEqual([]);
  });

  it('accepts a corpus without a title (written as null)', async () => {
    const untitled = await seedDocument([MINI_LEXICON], true);
    expect(obj(untitled.corpus).title).toBeNull();
    expect(errorsOf(untitled)).toEqual([]);
  });

  it('accepts a document with skipped articles', async () => {
    const corpus = readCorpus(SEEDS);
    const empty = { id: 'zz-empty', outlet: 'Press TV', text: ' \n', source: 'seeds/zz-empty.txt' };
    const skipping = JSON.parse(resultsJson(await analyze({ ...corpus, articles: [...corpus.articles, empty] }, readLexicons([MINI_LEXICON])), meta([MINI_LEXICON]))) as JsonObject;
    expect(arr(obj(skipping.corpus).skipped)).toHaveLength(1);
    expect(errorsOf(skipping)).toEqual([]);
  });

  describe('rejects', () => {
    const broken = (change: (d: JsonObject) => void): ErrorObject[] => {
      const copy = structuredClone(doc);
      change(copy);
      return errorsOf(copy);
    };
    const expectError = (errors: ErrorObject[], keyword: string, instancePath: string): void => {
      expect(errors.map((e) => `${e.keyword} ${e.instancePath}`)).toContain(`${keyword} ${instancePath}`);
    };

    it('a misspelt top-level key', () => {
      const errors = broken((d) => {
        d.schemaVerison = d.schemaVersion ?? null;
        delete d.schemaVersion;
      });
      expectError(errors, 'additionalProperties', '');
      expectError(errors, 'required', '');
    });

    it('a misspelt key in a hit', () => {
      const errors = broken((d) => {
        const hit = first(d.hits);
        hit.articleID = hit.articleId ?? null;
        delete hit.articleId;
      });
      expectError(errors, 'additionalProperties', '/hits/0');
    });

    it('an extra key in outlet scores', () => {
      expectError(broken((d) => (first(obj(d.scores).outlets).share = 0.5)), 'additionalProperties', '/scores/outlets/0');
    });

    it('an offset of the wrong type', () => {
      expectError(broken((d) => (first(d.hits).start = '12')), 'type', '/hits/0/start');
    });

    it('a fractional word count', () => {
      expectError(broken((d) => (first(obj(d.corpus).articles).words = 10.5)), 'type', '/corpus/articles/0/words');
    });

    it('null where the code always writes a value', () => {
      expectError(broken((d) => (first(d.hits).outlet = null)), 'type', '/hits/0/outlet');
    });

    it('a dropped key the code always writes (date omitted instead of null)', () => {
      expectError(broken((d) => delete first(obj(d.corpus).articles).date), 'required', '/corpus/articles/0');
    });

    it('a share outside [0, 1]', () => {
      const errors = broken((d) => (first(first(first(obj(d.scores).articles).referents).variants).share = 1.5));
      expectError(errors, 'maximum', '/scores/articles/0/referents/0/variants/0/share');
    });

    it('a byVariant key that is not a variant id', () => {
      const errors = broken((d) => {
        const byVariant = obj(first(obj(d.scores).articles).byVariant);
        byVariant['not a variant'] = { count: 1, ratePer1000Words: 1 };
      });
      expect(errors.some((e) => e.keyword === 'propertyNames' && e.instancePath === '/scores/articles/0/byVariant')).toBe(true);
    });

    it('a hit voice that is not one of the three', () => {
      expectError(broken((d) => (first(d.hits).voice = 'author')), 'enum', '/hits/0/voice');
    });

    it('a quotation of an unknown kind, or with a speaker that is not an id', () => {
      expectError(broken((d) => (first(d.quotes).kind = 'indirect')), 'enum', '/quotes/0/kind');
      const errors = broken((d) => (first(d.quotes).speaker = 'John Kirby'));
      expect(errors.some((e) => e.instancePath === '/quotes/0/speaker')).toBe(true);
    });

    it('a comparison with a single rendering', () => {
      expectError(broken((d) => (first(d.quoteComparison).renderings = [first(first(d.quoteComparison).renderings)])), 'minItems', '/quoteComparison/0/renderings');
    });

    it('outlet scores without the quoted voice', () => {
      expectError(broken((d) => delete first(obj(d.scores).outlets).quoted), 'required', '/scores/outlets/0');
    });

    it('a skipped article without its reason', () => {
      const errors = broken((d) => {
        obj(d.corpus).skipped = [{ id: 'x', outlet: 'X', title: null, source: 'x.txt', characters: 0 }];
      });
      expectError(errors, 'required', '/corpus/skipped/0');
    });

    it('another schema version', () => {
      expectError(broken((d) => (d.schemaVersion = '2.0.0')), 'const', '/schemaVersion');
    });
  });
});
