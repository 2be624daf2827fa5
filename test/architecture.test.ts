import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Which top-level parts of src/ each part may import (src/README.md draws the same). */
const ALLOWED: Record<string, string[]> = {
  errors: [],
  schema: ['errors', 'schemas'],
  extract: [],
  corpus: ['errors', 'schema', 'schemas', 'extract'],
  nlp: ['errors', 'types'],
  lexicon: ['errors', 'schema', 'schemas'],
  structure: ['corpus', 'nlp', 'errors', 'schema', 'schemas'],
  tag: ['nlp', 'lexicon', 'structure', 'errors'],
  score: ['tag'],
  syndication: ['nlp'],
  analyze: ['corpus', 'nlp', 'lexicon', 'structure', 'tag', 'score', 'syndication', 'model', 'errors'],
  model: ['analyze', 'nlp', 'lexicon', 'structure', 'tag', 'score', 'syndication'],
  evaluate: ['structure', 'tag', 'corpus', 'errors', 'schema', 'schemas'],
  audit: ['corpus', 'nlp', 'lexicon', 'structure', 'tag', 'score', 'errors', 'schema', 'schemas'],
  report: ['analyze', 'model', 'nlp', 'lexicon', 'structure', 'score', 'tag', 'corpus', 'syndication', 'errors'],
  cli: ['analyze', 'audit', 'evaluate', 'model', 'corpus', 'extract', 'nlp', 'lexicon', 'structure', 'tag', 'score', 'report', 'errors', 'schema', 'schemas'],
  index: ['analyze', 'audit', 'evaluate', 'model', 'corpus', 'extract', 'lexicon', 'structure', 'tag', 'score', 'syndication', 'report', 'errors'],
  types: [],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const sources = files('src').map((path) => ({ path, part: relative('src', path).split(/[\\/]/)[0]!.replace(/\.ts$/, ''), text: readFileSync(path, 'utf8') }));

function imports(text: string): string[] {
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

describe('architecture', () => {
  it('has a rule for every part of src/', () => {
    expect(sources.length).toBeGreaterThan(30);
    for (const { part } of sources) expect(Object.keys(ALLOWED), part).toContain(part);
  });

  it.each(sources.map((s) => [s.path, s] as const))('%s imports only what its stage may', (_path, { path, part, text }) => {
    for (const spec of imports(text)) {
      if (!spec.startsWith('.')) continue;
      const target = relative('src', join(path, '..', spec)).split(/[\\/]/)[0]!.replace(/\.(js|json)$/, '');
      if (target === part) continue;
      expect(ALLOWED[part], `${path} imports ${spec}`).toContain(target);
    }
  });

  it('keeps wink-nlp and natural inside nlp/, natural by module path only', () => {
    for (const { path, part, text } of sources) {
      const external = imports(text).filter((s) => /^(wink-|natural)/.test(s));
      if (part !== 'nlp' && part !== 'types') expect(external, path).toEqual([]);
      expect(external.filter((s) => s === 'natural'), path).toEqual([]);
    }
  });

  it('keeps the HTML parser, the DOM and Readability inside extract/', () => {
    for (const { path, part, text } of sources) {
      const external = imports(text).filter((s) => /^(linkedom|htmlparser2|@mozilla\/readability|jsonrepair)/.test(s));
      if (part !== 'extract') expect(external, path).toEqual([]);
    }
  });

    it('lets only cli/ touch the file system, the process and the terminal', () => {
    for (const { path, part, text } of sources) {
      if (part === 'cli') continue;
      expect(text, path).not.toMatch(/from ['"]node:(fs|child_process)|from ['"]fs['"]|\bprocess\.(env|exit|stdout|stderr|argv|cwd)|\bconsole\./);
    }
  });
});
