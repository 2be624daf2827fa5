/**
 * Every file a report holds, in one registry: the list of exports on every
 * page, the CSV headers and writers, and the README's table of the report's
 * files all follow from it (test/report/outputs.test.ts checks the README).
 * To add an export: add it here, then its rows where its level says
 * (`article`: report/article-outputs.ts, as each article is done; `corpus`:
 * report/corpus-csv.ts, from the report model).
 */
export interface OutputFile {
  path: string;
  /** `article`: written row by row as articles are done; `corpus`: written once, from the report model; `page`: an HTML page or set of pages. */
  level: 'article' | 'corpus' | 'page';
  /** A machine-readable export, listed on every page. */
  export: boolean;
  /** CSV columns, in order. */
  columns?: readonly string[];
  description: string;
}

export const OUTPUT_FILES = [
  { path: 'index.html', level: 'page', export: false, description: 'the outlets side by side: own, quoted and boilerplate words; for each referent, which variants each outlet used, how often and what share of its mentions, switchable between own voice, quoted, and headline and lede (CSS tabs, no script); category rates per 1,000 own words; divergence; distinctive words; who is quoted; summaries of shared copies and of the same statement quoted by several outlets, each a click from its details; the corpus summary; the articles not analysed (no words), if any' },
  { path: 'report.css', level: 'page', export: false, description: 'the one stylesheet every page uses (nothing is loaded from the network)' },
  { path: 'articles/<id>.html', level: 'page', export: false, description: 'one page per article: the full text with each part labelled, boilerplate greyed out, quotations set off, every marker highlighted (hover or tab to a marker for its referent, variant, category and voice); the list of its markers; what each variant used means (once per page); its quotations with speaker and how the speaker was found' },
  { path: 'methodology.html', level: 'page', export: false, description: 'lexicons used (id, version, SHA-256 of each file), how words are counted and markers matched, the statistics, the articles not analysed, the options, framelens version and generation time' },
  { path: 'referents/<lexicon>--<referent>.html', level: 'page', export: false, description: 'one page per referent: the outlets side by side, naming over time, and links to its passages' },
  { path: 'concordance/<lexicon>--<referent>--<variant>-<n>.html', level: 'page', export: false, description: 'the passages behind a variant’s counts (own voice), up to 20 per outlet, in pages of 200 lines; every passage is in concordance.csv' },
  { path: 'outlets/<outlet>.html', level: 'page', export: false, description: 'one page per outlet: its own-voice markers by category, in context, and its first articles' },
  { path: 'stories/<story>.html', level: 'page', export: false, description: 'with `story` keys: each story’s own comparison' },
  { path: 'copies/index-<n>.html', level: 'page', export: false, description: 'the groups of shared copies, as a table in pages of 100 groups' },
  { path: 'copies/group-<n>.html', level: 'page', export: false, description: 'one page per group of shared copies: its members and what each copy added, cut or reworded' },
  { path: 'quotes/index-<n>.html', level: 'page', export: false, description: 'the same statement as rendered by each outlet, in pages of 50 statements' },
  { path: 'results.json', level: 'corpus', export: true, description: 'the aggregates and every statistic, who is quoted, quotation groups, shared copies, and a summary of each article; schema `src/schemas/results.schema.json` (versioned: 2.0.0); per-hit detail is in hits.csv' },
  {
    path: 'hits.csv',
    level: 'article',
    export: true,
    columns: ['article_id', 'outlet', 'start', 'end', 'matched_text', 'lexicon', 'referent', 'variant', 'category', 'hit_id', 'sentence', 'voice', 'speaker', 'segment'],
    description: 'one row per hit, boilerplate and quoted ones included',
  },
  {
    path: 'quotes.csv',
    level: 'article',
    export: true,
    columns: ['article_id', 'start', 'end', 'speaker', 'kind', 'attribution', 'unclosed'],
    description:
      'one row per quotation: speaker id, empty when unknown; kind `direct`, `partial`, `scare` (the outlet’s own voice, no one quoted), `unmarked`, `transcript` or `block`; how the speaker was found (`explicit`, `pronoun`, `role`, `paragraph`, `context`, `label`, or `none`); `unclosed` 1 for a direct quotation whose closing mark never came',
  },
  { path: 'segments.csv', level: 'article', export: true, columns: ['article_id', 'start', 'end', 'kind'], description: 'one row per segment' },
  {
    path: 'concordance.csv',
    level: 'article',
    export: true,
    columns: ['article_id', 'outlet', 'hit_id', 'referent', 'variant', 'category', 'start', 'end', 'left', 'hit', 'right', 'voice', 'speaker', 'segment'],
    description: 'every hit in context, with its voice',
  },
  { path: 'articles.csv', level: 'article', export: true, columns: ['article_id', 'outlet', 'title', 'date', 'words', 'hits', 'rate_per_1000_words', 'source'], description: 'per article: words, hits, rate' },
  {
    path: 'outlet-variants.csv',
    level: 'corpus',
    export: true,
    columns: ['outlet', 'lexicon', 'referent', 'variant', 'variant_id', 'category', 'count', 'rate_per_1000_words', 'share_of_referent', 'referent_mentions', 'outlet_words', 'share_ci_low', 'share_ci_high', 'log_odds_z', 'flag_small_sample', 'rate_ci_low', 'rate_ci_high'],
    description: 'every outlet × variant, own voice',
  },
  {
    path: 'outlet-categories.csv',
    level: 'corpus',
    export: true,
    columns: ['outlet', 'category', 'count', 'rate_per_1000_words', 'outlet_words', 'rate_ci_low', 'rate_ci_high', 'log_odds_z', 'flag_small_sample'],
    description: 'every outlet × category, own voice: count, rate per 1,000 words, its bootstrap interval, log-odds z, small-sample flag',
  },
  { path: 'quoted.csv', level: 'corpus', export: true, columns: ['outlet', 'speaker', 'name', 'quotes', 'words', 'share_of_article_words'], description: 'who each outlet quotes: quotations, words quoted and their share of the outlet’s article words' },
  { path: 'divergence.csv', level: 'corpus', export: true, columns: ['outlet_a', 'outlet_b', 'jsd'], description: 'Jensen–Shannon divergence between every two outlets’ naming choices' },
  { path: 'distinctive-terms.csv', level: 'corpus', export: true, columns: ['outlet', 'term', 'count', 'rate_per_1000_words', 'log_odds_z', 'flag_small_sample'], description: 'the words each outlet uses more than the others' },
  { path: 'duplicates.csv', level: 'corpus', export: true, columns: ['article_a', 'article_b', 'similarity'], description: 'pairs of shared copies' },
] as const satisfies readonly OutputFile[];

export type OutputPath = (typeof OUTPUT_FILES)[number]['path'];
type WithColumns = Extract<(typeof OUTPUT_FILES)[number], { columns: readonly string[] }>;
export type CsvPath = WithColumns['path'];

/** Machine-readable files listed on every page, so a reader can find them. */
export const EXPORT_FILES: string[] = OUTPUT_FILES.filter((f) => f.export).map((f) => f.path);

export function columnsOf(path: CsvPath): readonly string[] {
  const file = OUTPUT_FILES.find((f) => f.path === path) as WithColumns;
  return file.columns;
}

/** The README's table of the report's files, generated from the registry. */
export function outputsTable(): string {
  const rows = OUTPUT_FILES.map((f) => `| \`${f.path}\` | ${f.description}${'columns' in f ? `: \`${f.columns.join(',')}\`` : ''} |`);
  return ['| file | what it is |', '| --- | --- |', ...rows].join('\n');
}

/** The README's markers around the generated table. */
export const OUTPUTS_TABLE_START = '<!-- outputs: generated from src/report/outputs.ts by `npm run outputs-docs`; test/report/outputs.test.ts fails when it is stale -->';
export const OUTPUTS_TABLE_END = '<!-- outputs: end -->';

/** A README with the table between its markers made anew from the registry (unchanged when it is up to date). */
export function withOutputsTable(readme: string): string {
  const start = readme.indexOf(OUTPUTS_TABLE_START);
  const end = readme.indexOf(OUTPUTS_TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${OUTPUTS_TABLE_START} … ${OUTPUTS_TABLE_END} markers`);
  return `${readme.slice(0, start + OUTPUTS_TABLE_START.length)}\n${outputsTable()}\n${readme.slice(end)}`;
}
