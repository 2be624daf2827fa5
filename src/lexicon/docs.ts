import { conditionsText, limitsText, patternsText } from './describe.js';
import type { LoadedLexicon, Source } from './types.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function sourceText(s: Source): string {
  const title = s.url ? `[${s.title}](${s.url})` : s.title;
  return s.note ? `${title} (${s.note})` : title;
}

/**
 * lexicons/README.md, generated from the lexicon files so it cannot drift
 * from them: for each lexicon its referents, and for each referent its
 * variants with category, patterns, explanation and sources.
 */
export function lexiconDocs(lexicons: LoadedLexicon[]): string {
  const out: string[] = [
    '# Bundled lexicons',
    '',
    '<!-- Generated from lexicons/*.json by `npm run lexicon-docs`; do not edit by hand (a test fails when it is stale). -->',
    '',
    'Each variant is counted under the id `lexicon/referent/variant`. Patterns use the phrase syntax described in the main README ("Lexicons").',
    '',
  ];
  for (const { lexicon, file } of lexicons) {
    const variants = lexicon.referents.reduce((n, r) => n + r.variants.length, 0);
    out.push(`## ${lexicon.title}`, '', `\`${lexicon.id}\` ${lexicon.version}, \`${file.split('/').pop() ?? file}\`: ${lexicon.referents.length} referents, ${variants} variants. Licence: ${lexicon.licence}.`, '', lexicon.description, '');
    if (lexicon.sources.length > 0) out.push('Sources:', '', ...lexicon.sources.map((s) => `- ${sourceText(s)}`), '');
    for (const referent of lexicon.referents) {
      out.push(`### ${referent.label} (\`${lexicon.id}/${referent.id}\`)`, '', referent.description, '', '| variant | category | matches | explanation | sources |', '| --- | --- | --- | --- | --- |');
      for (const v of referent.variants) {
        const limits = limitsText(v);
        const conditions = conditionsText(v);
        const matches = [patternsText(v), limits ? `not: ${limits}` : '', conditions].filter((t) => t !== '').join('<br>');
        out.push(`| ${cell(v.label)} \`${v.id}\` | ${v.category} | ${cell(matches)} | ${cell(v.explanation)} | ${cell((v.sources ?? []).map(sourceText).join('; '))} |`);
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
