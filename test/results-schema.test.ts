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
import { readTemplates } from '../src/cli/read-templates.js';
import { renderReport } from '../src/report/render.js';
import { RESULTS_SCHEMA_ID, RESULTS_SCHEMA_VERSION, resultsDocument } from '../src/report/results-json.js';

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

/** results.json as the report writes it (section by section, articles last), read back: undefined values and key order are as a consumer sees them. */
function writtenDocument(analysis: Awaited<ReturnType<typeof analyze>>, lexiconFiles: string[]): JsonObject {
  const file = renderReport(analysis, readTemplates(join(ROOT, 'templates')), meta(lexiconFiles)).find((f) => f.path === 'results.json');
  return JSON.parse(file?.content ?? 'null') as JsonObject;
}

async function seedDocument(lexiconPaths: string[], dropCorpusTitle = false): Promise<JsonObject> {
  const corpus = readCorpus(SEEDS);
  const lexicons = readLexicons(lexiconPaths);
  const analysis = await analyze(dropCorpusTitle ? { articles: corpus.articles } : corpus, lexicons);
  return writtenDocument(analysis, lexicons.map((l) => l.file));
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
    expect(arr(doc.articles)).toHaveLength(5);
    expect(arr(doc.articles).some((a) => obj(a).title === null)).toBe(true);
    expect(arr(doc.articles).reduce<number>((n, a) => n + (obj(a).hits as number), 0)).toBe(obj(obj(doc.corpus).totals).hits);
    expect(Object.keys(obj(first(obj(doc.scores).outlets).byVariant)).length).toBeGreaterThan(0);
    expect(arr(doc.speakers).length).toBeGreaterThan(2);
    expect(arr(doc.whoIsQuoted)).toHaveLength(5);
    expect(arr(doc.quoteComparison).length).toBeGreaterThan(2);
    expect(arr(obj(doc.timeline).counts).length).toBeGreaterThan(0);
    expect(arr(obj(obj(doc.comparison).divergence).jsd)).toHaveLength(5);
    // Per-hit, per-quotation and per-segment detail is in the CSV files, not here.
    for (const key of ['hits', 'quotes', 'segments']) expect(doc).not.toHaveProperty(key);
    expect(errorsOf(doc)).toEqual([]);
  });

  it('accepts the in-memory document as well as its JSON, and they are the same', async () => {
    const corpus = readCorpus(SEEDS);
    const lexicons = readLexicons([MINI_LEXICON]);
    const inMemory = resultsDocument(await analyze(corpus, lexicons), meta(lexicons.map((l) => l.file)));
    expect(errorsOf(inMemory)).toEqual([]);
    expect(JSON.parse(JSON.stringify(inMemory))).toEqual(doc);
  });

  it('accepts a corpus without a title (written as null)', async () => {
    const untitled = await seedDocument([MINI_LEXICON], true);
    expect(obj(untitled.corpus).title).toBeNull();
    expect(errorsOf(untitled)).toEqual([]);
  });

  it('accepts a document with skipped articles', async () => {
    const corpus = readCorpus(SEEDS);
    const empty = { id: 'zz-empty', outlet: 'Press TV', text: ' \n', source: 'seeds/zz-empty.txt' };
    const skipping = writtenDocument(await analyze({ ...corpus, articles: [...corpus.articles, empty] }, readLexicons([MINI_LEXICON])), [MINI_LEXICON]);
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

    it('a misspelt key in an article summary', () => {
      const errors = broken((d) => {
        const article = first(d.articles);
        article.articleID = article.id ?? null;
        delete article.id;
      });
      expectError(errors, 'additionalProperties', '/articles/0');
      expectError(errors, 'required', '/articles/0');
    });

    it('an extra key in outlet scores', () => {
      expectError(broken((d) => (first(obj(d.scores).outlets).shareOfVoice = 0.5)), 'additionalProperties', '/scores/outlets/0');
    });

    it('a length of the wrong type', () => {
      expectError(broken((d) => (first(d.articles).characters = '12')), 'type', '/articles/0/characters');
    });

    it('a fractional word count', () => {
      expectError(broken((d) => (first(d.articles).words = 10.5)), 'type', '/articles/0/words');
    });

    it('null where the code always writes a value', () => {
      expectError(broken((d) => (first(d.articles).outlet = null)), 'type', '/articles/0/outlet');
    });

    it('a dropped key the code always writes (date omitted instead of null)', () => {
      expectError(broken((d) => delete first(d.articles).date), 'required', '/articles/0');
    });

    it('a share outside [0, 1]', () => {
      const errors = broken((d) => (first(first(first(obj(d.scores).outlets).referents).variants).share = 1.5));
      expectError(errors, 'maximum', '/scores/outlets/0/referents/0/variants/0/share');
    });

    it('a byVariant key that is not a variant id', () => {
      const errors = broken((d) => {
        const byVariant = obj(first(obj(d.scores).outlets).byVariant);
        byVariant['not a variant'] = { count: 1, ratePer1000Words: 1 };
      });
      expect(errors.some((e) => e.keyword === 'propertyNames' && e.instancePath === '/scores/outlets/0/byVariant')).toBe(true);
    });

    it('a difference that is not over, under or null', () => {
      expectError(broken((d) => (first(obj(d.comparison).variants).difference = 'more')), 'enum', '/comparison/variants/0/difference');
    });

    it('a bootstrap other than the Poisson bootstrap, and an outlet without its small-sample threshold', () => {
      expectError(broken((d) => (obj(obj(d.comparison).method).bootstrap = 'resample-articles')), 'const', '/comparison/method/bootstrap');
      expectError(broken((d) => delete obj(obj(d.comparison).method).minArticles), 'required', '/comparison/method');
    });

    it('a divergence outside [0, 1]', () => {
      expectError(broken((d) => (arr(arr(obj(obj(d.comparison).divergence).jsd)[0])[1] = 1.5)), 'maximum', '/comparison/divergence/jsd/0/1');
    });

    it('a rendering of an unknown kind, or with a speaker that is not an id', () => {
      expectError(broken((d) => (first(first(d.quoteComparison).renderings).kind = 'indirect')), 'enum', '/quoteComparison/0/renderings/0/kind');
      const errors = broken((d) => (first(first(d.quoteComparison).renderings).speaker = 'John Kirby'));
      expect(errors.some((e) => e.instancePath === '/quoteComparison/0/renderings/0/speaker')).toBe(true);
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
      expectError(broken((d) => (d.schemaVersion = '1.1.0')), 'const', '/schemaVersion');
    });
  });
});
