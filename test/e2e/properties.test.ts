import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFromJsonl } from '../../src/corpus/from-jsonl.js';
import { UserInputError } from '../../src/errors.js';
import { checkLexiconFile } from '../../src/lexicon/load.js';
import { analyzeText } from '../../src/nlp/tokenize.js';
import { loadStructurePatterns } from '../../src/structure/load-patterns.js';
import { compilePatterns, DEFAULT_PATTERNS, extendPatterns } from '../../src/structure/patterns.js';
import { segmentArticle } from '../../src/structure/segment.js';
import { compileLexicons } from '../../src/tag/compile.js';
import { matchText } from '../../src/tag/match.js';
import { BASICS, framelens, tempDir } from './cli.js';

/*
 * Whatever a user types or puts in a file, framelens ends with exit 0, 1 or
 * 2, and on 2 the message names the file; never exit 3 (an internal error).
 * The inputs are generated: prototype names, deep nesting, odd Unicode, the
 * marks of the pattern languages. Each loader is tried many times in this
 * process; the command itself a few times per kind of file.
 */

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__', 'isPrototypeOf'];
const ODD = ['\u0000', '\u200B', '\u200D', '\u00AD', '\u202E', '\uFEFF', '\uFFFD', 'ﬂ', 'ｒ', 'İ', 'ı', 'e\u0301', '𝐫', '😀', '\uD800', 'سلام', 'שלום', '\t', '\r', '\n', '"', '\\', '/', '..', '=', '@'];
const name = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.string({ maxLength: 12 }), fc.array(fc.constantFrom(...ODD, 'a', 'B', '1', ' '), { maxLength: 8 }).map((a) => a.join('')), fc.constant('x'.repeat(300)));
const text = fc.array(fc.oneof(fc.constantFrom('The Israeli regime', ' said', ' hostages', '. ', '\n', '“', '”', '"', ' - ', 'Kirby said:', 'MR. KIRBY: ', 'a/'), fc.constantFrom(...ODD)), { maxLength: 30 }).map((a) => a.join(''));
/** Any JSON value, nested up to `depth`, with prototype names as keys. */
const json = (depth: number): fc.Arbitrary<unknown> =>
  fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small', maxDepth: depth }, fc.constant(null), fc.boolean(), fc.integer(), fc.double(), name, fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(name, tie('value'), { maxKeys: 3 })),
  })).value;
const deep = fc.integer({ min: 90, max: 3000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`);

/** Runs `fn`; only a user-input error may escape it. */
function onlyUserErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof UserInputError)) throw error;
    for (const p of error.problems) expect(p.file).not.toBe('');
  }
}

describe('loaders never fail with anything but a user error', () => {
  it('JSONL corpora', () => {
    const line = fc.oneof(
      fc.record({ id: name, outlet: name, text, title: fc.option(name), story: fc.option(name), date: fc.option(name) }, { requiredKeys: [] }).map((r) => JSON.stringify(r)),
      json(4).map((v) => JSON.stringify(v) ?? 'null'),
      fc.string(),
      deep,
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 5 }), (lines) => onlyUserErrors(() => corpusFromJsonl('c.jsonl', lines.join('\n')))),
      { numRuns: 300 },
    );
  });

  it('lexicons, and the matcher compiled from them', () => {
    let loaded = 0;
    const randomPattern = fc.array(fc.constantFrom('regime', 'war', '(', ')', '?', '{', '}', '|', '*', '[ADJ]', '[NOUN|PROPN]', '=', '\\', ' ', 'al-', '’s', ...ODD), { maxLength: 10 }).map((a) => a.join(''));
    const pattern = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('regime', 'Israeli regime', '(so-called)? regime', '{Hamas|Islamic Resistance Movement} fighters', 'genocid*', '[ADJ|PROPN] war', '=IDF', 'al-Aqsa’s ((a)? b)? c') }, { weight: 1, arbitrary: randomPattern });
    // Ids mostly valid (lower-case words, prototype names among them), so the loader gets past the schema to the patterns.
    const id = fc.oneof({ weight: 8, arbitrary: fc.constantFrom('constructor', 'tostring', 'valueof', 'hasownproperty', 'prototype', 'a', 'b-2') }, { weight: 1, arbitrary: name });
    const label = fc.oneof({ weight: 8, arbitrary: fc.constant('A label') }, { weight: 1, arbitrary: name });
    const variant = fc.record({ id, label, patterns: fc.array(pattern, { minLength: 1, maxLength: 3 }), category: fc.constantFrom('neutral', 'loaded-term', 'constructor', 'tostring'), explanation: label, exceptions: fc.option(fc.array(pattern, { maxLength: 2 }), { nil: undefined }) }, { requiredKeys: ['id', 'label', 'patterns', 'category', 'explanation'] });
    const category = fc.record({ id, label, description: label });
    const lexicon = fc.record({ id, version: fc.oneof({ weight: 8, arbitrary: fc.constant('1.0.0') }, { weight: 1, arbitrary: name }), title: label, description: label, licence: fc.constant('CC0-1.0'), sources: fc.constant([]), referents: fc.uniqueArray(fc.record({ id, label, description: label, variants: fc.uniqueArray(variant, { selector: (v) => v.id, minLength: 1, maxLength: 3 }) }), { selector: (r) => r.id, minLength: 1, maxLength: 3 }), categories: fc.oneof({ weight: 8, arbitrary: fc.constant(['constructor', 'tostring'].map((c) => ({ id: c, label: c, description: 'A category named like an Object property.' }))) }, { weight: 1, arbitrary: fc.array(category, { maxLength: 2 }) }) }, { requiredKeys: ['id', 'version', 'title', 'description', 'licence', 'sources', 'referents'] });
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: lexicon.map((l) => JSON.stringify(l)) }, { weight: 1, arbitrary: json(5).map((v) => JSON.stringify(v) ?? 'null') }, { weight: 1, arbitrary: deep }), text, (file, sample) =>
        onlyUserErrors(() => {
          const checked = checkLexiconFile('lex.json', file);
          if (checked.loaded) {
            loaded++;
            matchText(sample, analyzeText(sample), compileLexicons([checked.loaded]));
          }
        }),
      ),
      { numRuns: 300 },
    );
    // The generator reaches the patterns, not only the schema.
    expect(loaded).toBeGreaterThan(10);
  });

  it('structure files, and segmentation with their patterns', () => {
    const regex = fc.array(fc.constantFrom('a', '\\S', '\\s', '+', '*', '?', '{0,2}', '(', ')', '(?:', '(?=', '(?<=', '(?!', '\\1', '\\k<x>', '(?<x>', '|', '[', ']', '^', '$', '\\b', '\\p{L}', '\\u0041', '.', ...ODD), { maxLength: 12 }).map((a) => a.join(''));
    const file = fc.dictionary(fc.constantFrom('bodyEnds', 'boilerplate', 'byline', 'dateline', 'caption', 'footer', '__proto__'), fc.array(regex, { maxLength: 3 }), { maxKeys: 4 });
    fc.assert(
      fc.property(fc.oneof(file.map((f) => JSON.stringify(f)), json(4).map((v) => JSON.stringify(v) ?? 'null'), deep), text, (source, sample) =>
        onlyUserErrors(() => segmentArticle(sample, compilePatterns(extendPatterns(DEFAULT_PATTERNS, loadStructurePatterns('structure.json', source))))),
      ),
      { numRuns: 300 },
    );
  });
});

/** A run of the command ends in 0, 1 or 2, and on 2 names one of `files`; never an internal error or a stack trace. */
function expectHandled(run: ReturnType<typeof framelens>, files: string[]): void {
  expect(run.stderr).not.toContain('internal error');
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect([0, 1, 2]).toContain(run.status);
  if (run.status === 2) expect(files.some((f) => (run.stdout + run.stderr).includes(f)), run.stderr).toBe(true);
}

describe('the command, on generated files and options', { timeout: 240_000 }, () => {
  const article = fc.record({ id: name, outlet: name, text, story: fc.option(name), title: fc.option(name) }, { requiredKeys: ['outlet', 'text'] });

  it('report on a JSONL corpus', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 4 }), (articles) => {
        const dir = tempDir();
        writeFileSync(join(dir, 'c.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n'));
        expectHandled(framelens(['report', join(dir, 'c.jsonl'), ...BASICS, '--out', join(dir, 'out')]), ['c.jsonl', 'no words']);
      }),
      { numRuns: 8 },
    );
  });

  it('report on a corpus folder with a manifest', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ file: fc.constantFrom('a.txt', 'b.md', '__proto__.txt', 'constructor.txt', '../x.txt', 'c.txt'), outlet: name, id: fc.option(name) }, { requiredKeys: ['file', 'outlet'] }), { maxLength: 4 }), text, (entries, body) => {
        const root = tempDir();
        const dir = join(root, 'corpus');
        mkdirSync(dir);
        for (const file of ['a.txt', 'b.md', '__proto__.txt', 'constructor.txt']) writeFileSync(join(dir, file), body);
        writeFileSync(join(dir, 'corpus.json'), JSON.stringify({ articles: entries }));
        expectHandled(framelens(['report', dir, ...BASICS, '--out', join(root, 'out')]), ['corpus']);
      }),
      { numRuns: 8 },
    );
  });

  it('lexicon validate and test on a generated lexicon', () => {
    fc.assert(
      fc.property(json(4), fc.constantFrom('validate', 'test'), (value, command) => {
        const dir = tempDir();
        writeFileSync(join(dir, 'lex.json'), JSON.stringify(value) ?? 'null');
        expectHandled(framelens(['lexicon', command, join(dir, 'lex.json')]), ['lex.json']);
      }),
      { numRuns: 8 },
    );
  });

  it('report with generated option values', () => {
    const out = fc.oneof(name.filter((n) => n !== '' && !n.includes('\u0000')), fc.constantFrom('/proc/x', '/dev/null', '/', '.', '..', 'seeds'));
    fc.assert(
      fc.property(out, fc.option(fc.oneof(fc.string(), fc.constantFrom('99999999999999', '-1', '1e3', '0'))), fc.option(fc.constantFrom('/dev/zero', 'missing.json', 'seeds/corpus.json')), (outName, epoch, structure) => {
        const dir = tempDir();
        const env: Record<string, string> = epoch === null || epoch.includes('\u0000') ? {} : { SOURCE_DATE_EPOCH: epoch };
        const args = ['report', 'seeds', ...BASICS, '--out', outName.startsWith('/') || outName === 'seeds' ? outName : join(dir, outName), ...(structure === null ? [] : ['--structure', structure])];
        expectHandled(framelens(args, env), ['SOURCE_DATE_EPOCH', outName, structure ?? 'seeds', 'seeds', dir, '/']);
      }),
      { numRuns: 10 },
    );
  });
});
