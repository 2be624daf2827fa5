import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/index.js';
import { readTemplates } from '../../src/cli/read-templates.js';
import type { Article } from '../../src/corpus/types.js';
import { OUTPUT_FILES, columnsOf, withOutputsTable, type CsvPath } from '../../src/report/outputs.js';
import { renderReport } from '../../src/report/render.js';
import { shardCorpus } from '../cli/shard-corpus.js';
import { fixtureLexicon } from '../helpers.js';

/* The output registry is the one list of a report's files: the README's table is made from it, and a report holds exactly its files. */

describe('the output registry', async () => {
  // Stories, dates, a group of copies, quotations in several outlets and an empty article: every kind of file is written.
  const articles: Article[] = shardCorpus().map(({ wireSource, ...line }) => ({ ...line, ...(wireSource ? { wireSource } : {}), source: `${line.id}.txt` }));
  const analysis = await analyze({ title: 'Registry', articles }, [fixtureLexicon('basics')], { workers: 0 });
  const meta = { generator: { name: 'framelens', version: '0.0.0' }, generatedAt: '1970-01-01T00:00:00.000Z', options: {} };
  const files = new Map(renderReport(analysis, readTemplates('templates'), meta).map((f) => [f.path, f.content]));
  /** A registry path as a pattern: each `<name>` part stands for any file name part. */
  const pattern = (path: string): RegExp => new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<[^>]+>/g, '[^/]+')}$`);

  it('has the README’s table of the report’s files, up to date (npm run outputs-docs)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(withOutputsTable(readme)).toBe(readme);
  });

  it('lists every file a report holds, and a report holds each file it lists', () => {
    const patterns = OUTPUT_FILES.map((f) => ({ path: f.path, pattern: pattern(f.path) }));
    const unlisted = [...files.keys()].filter((path) => !patterns.some((p) => p.pattern.test(path)));
    expect(unlisted).toEqual([]);
    const unwritten = patterns.filter((p) => ![...files.keys()].some((path) => p.pattern.test(path))).map((p) => p.path);
    expect(unwritten).toEqual([]);
  });

  it('gives every CSV file its columns as the header', () => {
    for (const file of OUTPUT_FILES.filter((f) => 'columns' in f)) {
      expect(files.get(file.path)?.split('\n')[0], file.path).toBe(columnsOf(file.path as CsvPath).join(','));
    }
  });
});
