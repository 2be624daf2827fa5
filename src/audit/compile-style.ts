import { UserInputError, type Problem } from '../errors.js';
import { combineLexicons } from '../lexicon/combine.js';
import type { Lexicon, LoadedLexicon, Referent } from '../lexicon/types.js';
import { compileVariants } from '../tag/compile-variants.js';
import { buildMatcher, type Matcher } from '../tag/compile.js';
import type { Style, StyleRule } from './style.js';

/**
 * The lexicon that holds a style's own patterns: one referent per rule,
 * named by the rule's id. Its id cannot be a real lexicon's (ids have no
 * `~`), so its hits never mix with a lexicon's.
 */
export const STYLE_LEXICON = '~style';
const OWN_VARIANT = 'own';

/** A style ready to check articles: one matcher for the lexicons and the style's own patterns, and which rules each hit id feeds. */
export interface CompiledStyle {
  style: Style;
  matcher: Matcher;
  /** Hit id → the rules that report it. */
  rulesByHit: Map<string, StyleRule[]>;
}

/** The hit id a rule's own patterns are reported under. */
export const ownPatternId = (rule: StyleRule): string => `${STYLE_LEXICON}/${rule.id}/${OWN_VARIANT}`;

function styleLexicon(rules: StyleRule[]): Lexicon {
  return {
    id: STYLE_LEXICON,
    version: '0.0.0',
    title: 'style rules',
    description: 'patterns of the style file',
    licence: 'n/a',
    sources: [],
    referents: rules.map(
      (rule): Referent => ({
        id: rule.id,
        label: rule.id,
        description: rule.message,
        variants: [
          {
            id: OWN_VARIANT,
            label: rule.id,
            category: 'neutral',
            explanation: rule.message,
            patterns: rule.source.patterns ?? [],
            ...(rule.source.exceptions ? { exceptions: rule.source.exceptions } : {}),
            ...(rule.source.notBefore ? { notBefore: rule.source.notBefore } : {}),
            ...(rule.source.notAfter ? { notAfter: rule.source.notAfter } : {}),
            ...(rule.source.inflect === undefined ? {} : { inflect: rule.source.inflect }),
            ...(rule.source.caseSensitive === undefined ? {} : { caseSensitive: rule.source.caseSensitive }),
          },
        ],
      }),
    ),
  };
}

/** Ids that are near a wrong one: the variants of the same referent, or the referents of the same lexicon. */
function nearIds(id: string, known: string[]): string {
  const [lexicon, referent] = id.split('/');
  const sameReferent = known.filter((k) => k.startsWith(`${lexicon}/${referent}/`));
  const pool = sameReferent.length > 0 ? sameReferent : [...new Set(known.filter((k) => k.startsWith(`${lexicon}/`)).map((k) => `${k.split('/').slice(0, 2).join('/')}/*`))];
  if (pool.length === 0) return `a variant of the lexicons in use (${[...new Set(known.map((k) => k.split('/')[0]))].join(', ')}); \`framelens lexicon show <lexicon>\` lists them`;
  const shown = pool.slice(0, 12).join(', ');
  return `one of ${shown}${pool.length > 12 ? ', …' : ''}`;
}

/** A problem in the style lexicon's patterns, placed in the style file. */
function placed(problem: Problem, style: Style, rules: StyleRule[]): Problem {
  const m = /^\/referents\/(\d+)\/variants\/0\/(.*)$/.exec(problem.pointer ?? '');
  if (!m) return { ...problem, file: style.file };
  const rule = rules[Number(m[1])] as StyleRule;
  const pointer = `${rule.pointer}/${m[2] as string}`;
  const at = style.data.locate(pointer);
  return { ...problem, file: style.file, pointer, line: at?.line, column: at?.column };
}

/**
 * Compiles a style against the lexicons of the run: every variant id it
 * names must exist (a whole referent with `lexicon/referent/*`), and its own
 * patterns must parse. The lexicons are matched as `report` matches them
 * (after `extends`), so the audit finds what the report counts.
 */
export function compileStyle(style: Style, lexicons: LoadedLexicon[]): CompiledStyle {
  const combined = combineLexicons(lexicons).lexicons;
  const withOwn = style.rules.filter((r) => r.source.patterns !== undefined);
  const own: LoadedLexicon = { lexicon: styleLexicon(withOwn), file: style.file, sha256: style.sha256 };
  const { variants, problems } = compileVariants([...combined, own]);
  const found = problems.map((p) => (p.file === style.file ? placed(p, style, withOwn) : p));

  const known = variants.map((v) => v.info.id).filter((id) => !id.startsWith(`${STYLE_LEXICON}/`));
  const knownSet = new Set(known);
  const rulesByHit = new Map<string, StyleRule[]>();
  const feed = (id: string, rule: StyleRule): void => {
    const list = rulesByHit.get(id);
    if (list) {
      if (!list.includes(rule)) list.push(rule);
    } else rulesByHit.set(id, [rule]);
  };
  for (const rule of style.rules) {
    rule.variants.forEach((id, i) => {
      const pointer = `${rule.pointer}/variants/${i}`;
      const matching = id.endsWith('/*') ? known.filter((k) => k.startsWith(id.slice(0, -1))) : knownSet.has(id) ? [id] : [];
      if (matching.length === 0) {
        const at = style.data.locate(pointer);
        found.push({ file: style.file, pointer, line: at?.line, column: at?.column, value: id, message: id.endsWith('/*') ? 'no such referent in the lexicons in use' : 'no such lexicon variant in the lexicons in use', expected: nearIds(id, known) });
      }
      for (const m of matching) feed(m, rule);
    });
    if (rule.source.patterns !== undefined) feed(ownPatternId(rule), rule);
  }
  if (found.length > 0) throw new UserInputError(found);
  return { style, matcher: buildMatcher(variants), rulesByHit };
}
