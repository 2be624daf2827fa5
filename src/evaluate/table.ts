import type { Evaluation } from './evaluate.js';
import type { Counts } from './measures.js';

const f = (x: number): string => x.toFixed(2);

function row(label: string, c: Counts): string {
  return `| ${label} | ${f(c.precision)} | ${f(c.recall)} | ${f(c.f1)} | ${c.tp} | ${c.fp} | ${c.fn} |`;
}

const HEAD = '| | P | R | F1 | TP | FP | FN |\n| --- | --- | --- | --- | --- | --- | --- |';

/** The evaluation as Markdown tables: headline figures, then naming by lexicon, referent and category. */
export function evaluationTable(e: Evaluation, options: { detail?: boolean } = {}): string {
  const out: string[] = [];
  out.push(`${e.articles} article(s)`, '', HEAD);
  out.push(row('naming, own voice', e.naming.ownVoice.overall));
  out.push(row('naming, all voices', e.naming.allVoices.overall));
  out.push(row('quotations, exact span', e.quotations.exact));
  out.push(row('quotations, ≥30% overlap', e.quotations.overlap));
  out.push(row('scare quotes', e.quotations.scareQuotes));
  out.push(row('datelines', e.segments.datelines));
  out.push('', '| | right | of | share |', '| --- | --- | --- | --- |');
  const shareRow = (label: string, s: { right: number; total: number; share: number }) => `| ${label} | ${s.right} | ${s.total} | ${f(s.share)} |`;
  out.push(shareRow('speaker of quotations with a known speaker', e.speakers));
  out.push(shareRow('voice of markers found by both', e.voice));
  out.push(shareRow('furniture lines out of the counts', e.segments.furnitureOut));
  out.push(shareRow('article lines kept', e.segments.articleKept));
  out.push(shareRow('lines of the same kind', e.segments.lineKinds));
  out.push('', `Cohen's kappa on word labels: markers ${f(e.kappa.markers)}, quotations ${f(e.kappa.quotes)}, segments ${f(e.kappa.segments)}`);
  const section = (title: string, table: Record<string, Counts>) => {
    out.push('', `Naming (all voices) by ${title}`, '', HEAD, ...Object.entries(table).map(([k, c]) => row(k, c)));
  };
  section('lexicon', e.naming.allVoices.byLexicon);
  section('category', e.naming.allVoices.byCategory);
  section('referent', e.naming.allVoices.byReferent);
  out.push('', 'Naming (own voice) by lexicon', '', HEAD, ...Object.entries(e.naming.ownVoice.byLexicon).map(([k, c]) => row(k, c)));
  if (options.detail) section('variant', e.naming.allVoices.byVariant);
  return `${out.join('\n')}\n`;
}
