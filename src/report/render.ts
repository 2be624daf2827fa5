import Handlebars from 'handlebars';
import type { AnalysisResult } from '../analyze/index.js';
import { catalogueOf } from '../lexicon/catalogue.js';
import { csvFiles } from './csv.js';
import type { ReportFile, ReportMeta } from './meta.js';
import { isOwnVoice } from '../score/voices.js';
import { concordance } from './concordance.js';
import { articlePagePaths, referentPagePath } from './pages.js';
import { statsIndex } from './view-naming.js';
import { linesByVariant, referentView } from './view-referent.js';
import { resultsJson } from './results-json.js';
import { articleView } from './view-article.js';
import { indexView } from './view-index.js';
import { sharedCopiesView } from './view-shared.js';
import { storyPagePath, storyScope } from './view-story.js';
import { outletPagePath, outletView } from './view-outlet.js';
import { methodologyView } from './view-methodology.js';
import { withoutControlCharacters } from './format.js';

/** Template sources by name: pages `index`, `article`, `methodology`; partials such as `layout` and `styles`. */
export interface TemplateSet {
  pages: Record<string, string>;
  partials: Record<string, string>;
}

/** Machine-readable files listed on every page, so a reader can find them. */
export const EXPORT_FILES = ['results.json', 'hits.csv', 'quotes.csv', 'segments.csv', 'outlet-variants.csv', 'outlet-categories.csv', 'articles.csv', 'concordance.csv', 'divergence.csv', 'distinctive-terms.csv', 'duplicates.csv'];

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

/**
 * Every file of a report, rendered in memory: nothing is written until all of
 * it exists, so a failure leaves nothing half-written.
 */
export function renderReport(analysis: AnalysisResult, templates: TemplateSet, meta: ReportMeta): ReportFile[] {
  const page = compiler(templates);
  const catalogue = catalogueOf(analysis.matched);
  const pagePaths = articlePagePaths(analysis.articles);
  const common = { generator: meta.generator, generatedAt: meta.generatedAt, corpusTitle: analysis.corpus.title ?? 'framelens report', exports: EXPORT_FILES };

  // The corpus's index and each story's are one template: compiled once.
  const indexPage = page('index');
  const files: ReportFile[] = [
    {
      path: 'index.html',
      content: indexPage({
        ...common,
        root: '',
        ...indexView(analysis, catalogue, pagePaths),
        sharedCopies: sharedCopiesView(analysis, pagePaths),
        counting: analysis.counting,
        stories: analysis.stories.map((s) => ({ title: s.story, href: storyPagePath(s.story), articles: s.articles.length, outlets: s.outlets.length })),
      }),
    },
    { path: 'methodology.html', content: page('methodology')({ ...common, root: '', ...methodologyView(analysis, catalogue, meta) }) },
  ];
  const stats = statsIndex(analysis);
  const lines = concordance(analysis.articles);
  // The pages behind the numbers show the passages those numbers count: the outlets' own voice.
  const ownLines = lines.filter((l) => isOwnVoice(l.hit, analysis.includeBoilerplate));
  const grouped = linesByVariant(ownLines);
  const referent = page('referent');
  for (const entry of catalogue.referents) {
    const view = referentView(entry, analysis, stats, grouped, pagePaths);
    if (!view.mentioned) continue;
    files.push({ path: referentPagePath(entry.key), content: referent({ ...common, root: '../', ...view }) });
  }
  for (const story of analysis.stories) {
    const scoped = storyScope(analysis, story);
    files.push({
      path: storyPagePath(story.story),
      content: indexPage({ ...common, corpusTitle: story.story, root: '../', storyOf: common.corpusTitle, ...indexView(scoped, catalogue, pagePaths, '../'), sharedCopies: sharedCopiesView(scoped, new Map([...pagePaths].map(([k, v]) => [k, `../${v}`]))), counting: analysis.counting, stories: [] }),
    });
  }
  const outletPage = page('outlet');
  for (const o of analysis.outlets) {
    files.push({ path: outletPagePath(o.outlet), content: outletPage({ ...common, root: '../', ...outletView(o.outlet, analysis, ownLines, pagePaths, analysis.categories) }) });
  }
  const article = page('article');
  const speakers = new Map(analysis.speakers.map((s) => [s.id, s]));
  for (const a of analysis.articles) {
    files.push({ path: pagePaths.get(a.article.id) as string, content: article({ ...common, root: '../', ...articleView(a, catalogue, analysis.categories, speakers) }) });
  }
  files.push({ path: 'results.json', content: resultsJson(analysis, meta) }, ...csvFiles(analysis, lines, meta.options.csvRaw === true ? 'raw' : 'safe'));
  return files;
}
