import Handlebars from 'handlebars';
import type { ArticleAnalysis } from '../analyze/types.js';
import { catalogueOf, type Catalogue } from '../lexicon/catalogue.js';
import type { CategoryDefinition, LoadedLexicon } from '../lexicon/types.js';
import type { ReportModel } from '../model/types.js';
import { articleOutputs } from './article-outputs.js';
import { corpusCsvFiles, divergenceCsv } from './corpus-csv.js';
import { csvHeader } from './csv.js';
import { EvidenceSampler } from './evidence.js';
import type { ReportMeta } from './meta.js';
import { EXPORT_FILES, OUTPUT_FILES, type CsvPath } from './outputs.js';
import { copyGroupPagePath, outletPagePath, referentPagePath, storyPagePath } from './pages.js';
import { resultsJsonParts } from './results-json.js';
import { concordancePages, referentView } from './view-referent.js';
import { indexView } from './view-index.js';
import { methodologyView } from './view-methodology.js';
import { statsIndex } from './view-naming.js';
import { outletView } from './view-outlet.js';
import { quotesPages } from './view-quoted.js';
import { copiesPages, copyGroupView } from './view-shared.js';
import { corpusScope, storyScope } from './view-story.js';
import { withoutControlCharacters } from './format.js';
import type { CsvCells } from './csv.js';

/** Template sources by name: pages `index`, `article`, `methodology`…; partials such as `layout`. */
export interface TemplateSet {
  pages: Record<string, string>;
  partials: Record<string, string>;
  /** The report's one stylesheet, written as report.css. */
  stylesheet: string;
}

export { EXPORT_FILES };

/**
 * Where a report's files go: whole files, and files written in pieces as
 * articles are done. The CLI writes into its staging folder; a library user
 * may keep them in memory (memorySink).
 */
export interface ReportSink {
  write(path: string, content: string): void;
  append(path: string, content: string): void;
  /** Appends to `path` everything appended so far to `part` (a working file, not part of the report), and removes `part`. */
  appendPart(path: string, part: string): void;
}

/** Where results.json's article summaries wait until the rest of it is known. */
export const ARTICLES_PART = '.results-articles.part';
/** Per-article CSV files, written row by row as articles are done. */
const ARTICLE_CSV = OUTPUT_FILES.filter((f) => f.level === 'article' && 'columns' in f).map((f) => f.path as CsvPath);

function compiler(templates: TemplateSet) {
  const hbs = Handlebars.create();
  for (const [name, source] of Object.entries(templates.partials)) hbs.registerPartial(name, source.replace(/\n$/, ''));
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  return (name: string): HandlebarsTemplateDelegate => {
    const source = templates.pages[name];
    if (source === undefined) throw new Error(`template "${name}" is missing from templates/`);
    const template = hbs.compile(source, { preventIndent: true });
    // Handlebars escapes markup, not control characters: none reaches a page raw (a NUL from a JSONL text, say); each becomes U+FFFD.
    return (context: unknown) => withoutControlCharacters(template(context));
  };
}

/** What a report needs to know before its first article: the lexicons as matched, the categories, the corpus title and the run's meta. */
export interface ReportSetup {
  matched: LoadedLexicon[];
  categories: CategoryDefinition[];
  includeBoilerplate: boolean;
  corpusTitle: string | null;
  meta: ReportMeta;
}

/**
 * Writes a report as its articles are done, then its summaries: each
 * article's page and rows go to the sink the moment `add` is called (in id
 * order, so the files do not depend on how the work was split); only the
 * evidence samples are kept. `finish` writes everything made from the
 * report model.
 */
export class ReportBuilder {
  private readonly page: (name: string) => HandlebarsTemplateDelegate;
  private readonly article: HandlebarsTemplateDelegate;
  private readonly catalogue: Catalogue;
  private readonly evidence: EvidenceSampler;
  private articles = 0;
  /** CSV cells safe for spreadsheets, or as the text has them (--csv-raw). */
  private readonly cells: CsvCells;

  constructor(
    private readonly templates: TemplateSet,
    private readonly setup: ReportSetup,
    private readonly sink: ReportSink,
  ) {
    this.page = compiler(templates);
    this.article = this.page('article');
    this.catalogue = catalogueOf(setup.matched);
    this.evidence = new EvidenceSampler(setup.includeBoilerplate);
    this.cells = setup.meta.options.csvRaw === true ? 'raw' : 'safe';
    for (const path of ARTICLE_CSV) sink.append(path, csvHeader(path));
  }

  private common(root: string) {
    const { meta, corpusTitle } = this.setup;
    return { generator: meta.generator, generatedAt: meta.generatedAt, corpusTitle: corpusTitle ?? 'framelens report', exports: EXPORT_FILES, root };
  }

  add(record: ArticleAnalysis): void {
    const common = this.common('../');
    const outputs = articleOutputs(record, (view) => this.article({ ...common, ...view }), this.catalogue, this.setup.categories, this.cells);
    this.sink.write(outputs.page.path, outputs.page.content);
    for (const path of ARTICLE_CSV) {
      const rows = outputs.rows[path as keyof typeof outputs.rows];
      if (rows !== '') this.sink.append(path, rows);
    }
    this.sink.append(ARTICLES_PART, `${this.articles === 0 ? '' : ',\n'}    ${outputs.summary}`);
    this.articles += 1;
    this.evidence.add(record);
  }

  finish(model: ReportModel): void {
    const { sink, page, catalogue, evidence } = this;
    const { meta } = this.setup;
    const write = (path: string, content: string) => sink.write(path, content);
    sink.write('report.css', this.templates.stylesheet);
    const index = page('index');
    const corpus = corpusScope(model);
    write(
      'index.html',
      index({
        ...this.common(''),
        ...indexView(model, corpus, catalogue),
        stories: model.stories.map((s) => ({ title: s.story, href: storyPagePath(s.story), articles: s.articles, outlets: s.outlets.length })),
      }),
    );
    write('methodology.html', page('methodology')({ ...this.common(''), ...methodologyView(model, catalogue, meta) }));
    const stats = statsIndex(model);
    const referent = page('referent');
    const concordance = page('concordance');
    for (const entry of catalogue.referents) {
      const view = referentView(entry, model, stats, evidence);
      if (!view.mentioned) continue;
      write(referentPagePath(entry.key), referent({ ...this.common('../'), ...view }));
      for (const variant of view.variants) {
        for (const p of concordancePages(entry, variant.id, variant.label, model, evidence)) write(p.path, concordance({ ...this.common('../'), ...p.view }));
      }
    }
    for (const story of model.stories) {
      write(storyPagePath(story.story), index({ ...this.common('../'), corpusTitle: story.story, storyOf: corpus.title, ...indexView(model, storyScope(story), catalogue, '../'), stories: [] }));
    }
    const outlet = page('outlet');
    for (const o of model.outlets) write(outletPagePath(o.outlet), outlet({ ...this.common('../'), ...outletView(o, evidence, model.categories) }));
    const copies = page('copies');
    for (const p of copiesPages(model)) write(p.path, copies({ ...this.common('../'), ...p.view }));
    const group = page('copy-group');
    model.sharedCopies.forEach((g, i) => write(copyGroupPagePath(i + 1), group({ ...this.common('../'), ...copyGroupView(g, i + 1) })));
    const quotes = page('quotes');
    for (const p of quotesPages(model)) write(p.path, quotes({ ...this.common('../'), ...p.view }));
    for (const file of corpusCsvFiles(model, this.cells)) write(file.path, file.content);
    for (const piece of divergenceCsv(model, this.cells)) sink.append('divergence.csv', piece);
    const results = resultsJsonParts(model, meta);
    for (const piece of results.head) sink.append('results.json', piece);
    if (this.articles > 0) sink.appendPart('results.json', ARTICLES_PART);
    sink.append('results.json', results.tail);
  }
}

/** A sink that keeps the files in memory (for a library user or a test). */
export function memorySink(): ReportSink & { files: Map<string, string> } {
  const files = new Map<string, string>();
  return {
    files,
    write: (path, content) => void files.set(path, content),
    append: (path, content) => void files.set(path, (files.get(path) ?? '') + content),
    appendPart: (path, part) => {
      files.set(path, (files.get(path) ?? '') + (files.get(part) ?? ''));
      files.delete(part);
    },
  };
}

/** The whole report of an analysis held in memory: every file, by path. */
export function renderReport(analysis: ReportModel & { articles: ArticleAnalysis[] }, templates: TemplateSet, meta: ReportMeta): { path: string; content: string }[] {
  const sink = memorySink();
  const builder = new ReportBuilder(templates, { matched: analysis.matched, categories: analysis.categories, includeBoilerplate: analysis.includeBoilerplate, corpusTitle: analysis.corpus.title, meta }, sink);
  for (const record of analysis.articles) builder.add(record);
  builder.finish(analysis);
  return [...sink.files].map(([path, content]) => ({ path, content }));
}
