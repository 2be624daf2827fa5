import NounInflector from 'natural/lib/natural/inflectors/noun_inflector.js';
import PresentVerbInflector from 'natural/lib/natural/inflectors/present_verb_inflector.js';

const nouns = new NounInflector();
const verbs = new PresentVerbInflector();

/** Words too short or too common to inflect: "a" must not also match "as". */
const UNINFLECTED = new Set([
  'the', 'and', 'but', 'for', 'nor', 'yet', 'its', 'his', 'her', 'our', 'their', 'them', 'they', 'this', 'that',
  'these', 'those', 'with', 'from', 'into', 'onto', 'over', 'under', 'upon', 'what', 'which', 'who', 'whom',
  'whose', 'has', 'had', 'was', 'were', 'are', 'been', 'being', 'does', 'did', 'not', 'all', 'any', 'some',
  'per', 'via', 'than', 'then', 'there', 'here', 'where', 'when', 'while', 'after', 'before', 'since',
  'during', 'against', 'between', 'among', 'about', 'above', 'below', 'across', 'through', 'toward', 'towards',
  'without', 'within', 'so-called', 'according', 'hamas', 'gaza', 'news', 'isis',
]);

/** Irregular past forms of verbs that news reporting about violence and speech uses. */
const IRREGULAR_VERBS: Record<string, string[]> = {
  hold: ['held'], take: ['took', 'taken'], say: ['said'], fight: ['fought'], flee: ['fled'], die: ['died', 'dying'],
  shoot: ['shot'], slay: ['slew', 'slain'], lose: ['lost'], seek: ['sought'], bring: ['brought'],
  drive: ['drove', 'driven'], strike: ['struck', 'stricken'], tell: ['told'], lead: ['led'], run: ['ran'],
  seize: ['seized'], steal: ['stole', 'stolen'], break: ['broke', 'broken'], fall: ['fell', 'fallen'],
  give: ['gave', 'given'], go: ['went', 'gone'], wage: ['waged', 'waging'], free: ['freed', 'freeing'],
  kidnap: ['kidnapped', 'kidnapping'], abduct: ['abducted', 'abducting'], bomb: ['bombed', 'bombing'],
};

const VOWEL = /[aeiou]/;

/* natural's inflectors are regex lists, slow next to a lookup; a large lexicon repeats words, so forms are remembered (bounded). */
const known = new Map<string, string[]>();
const KNOWN_LIMIT = 100_000;

function gerund(word: string): string {
  if (word.endsWith('ie')) return `${word.slice(0, -2)}ying`;
  if (word.endsWith('e') && !word.endsWith('ee')) return `${word.slice(0, -1)}ing`;
  return `${word}ing`;
}

function pastAndGerund(word: string): string[] {
  const irregular = IRREGULAR_VERBS[word];
  if (irregular) return [...irregular, gerund(word)];
  const forms: string[] = [gerund(word)];
  if (word.endsWith('e')) forms.push(`${word}d`);
  else if (/[^aeiou]y$/.test(word)) forms.push(`${word.slice(0, -1)}ied`);
  else forms.push(`${word}ed`);
  // Doubling (stop → stopped) only after a single vowel; both forms are kept since stress is unknown.
  const last = word.charAt(word.length - 1);
  if (/[bdgmnprt]/.test(last) && VOWEL.test(word.charAt(word.length - 2)) && !VOWEL.test(word.charAt(word.length - 3))) {
    forms.push(`${word}${last}ed`, `${word}${last}ing`);
  }
  return forms;
}

/**
 * The surface forms a pattern word matches when inflection is on: the word,
 * its plural, and its verb forms. Over-generation is harmless (nobody writes
 * "regimeing"); under-generation would miss hits.
 */
export function inflectedForms(word: string): string[] {
  let forms = known.get(word);
  if (forms === undefined) {
    forms = word.length < 3 || UNINFLECTED.has(word) || !/^\p{L}+$/u.test(word) ? [word] : [...new Set<string>([word, nouns.pluralize(word), verbs.singularize(word), ...pastAndGerund(word)])];
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(word, forms);
  }
  return forms;
}

