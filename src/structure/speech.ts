/**
 * The vocabulary of attribution: verbs of saying, and the shape of a name
 * phrase as it appears next to them ("National Security Council Spokesman
 * John Kirby", "John Kirby, White House national security spokesman",
 * "Izzat al-Rishq"). Regular-expression sources, combined by the finders.
 */
export const SPEECH_VERB =
  '(?:said|says|say|added|adds|told|tells|noted|notes|explained|explains|stated|states|remarked|remarks|emphasi[sz]ed|emphasi[sz]es|highlighted|highlights|pointed out|points out|elaborated|elaborates|announced|announces|warned|warns|argued|argues|insisted|insists|stressed|stresses|urged|urges|asserted|asserts|claimed|claims|reiterated|reiterates|confirmed|confirms|continued|continues|wrote|writes|asked|asks|replied|replies|answered|answers|declared|declares|commented|comments|recalled|recalls|acknowledged|acknowledges|admitted|admits|concluded|concludes|went on|goes on)';

/** Arabic and European particles that may come before a capitalised word of a name ("al-Rishq", "bin Salman", "van der"). */
export const PARTICLES = ['al', 'el', 'bin', 'ibn', 'abu', 'de', 'van', 'von', 'da', 'der'];
/** A particle and the hyphen or space after it, as one group. */
export const PARTICLE = `(?:(?:${PARTICLES.join('|')})[- ])`;

/** A capitalised word of a name, perhaps after a particle. */
const NAME_WORD = `${PARTICLE}?\\p{Lu}[\\p{L}\\p{M}'’.-]*`;
/** Lower-case words that appear inside a title before or after a name ("national security spokesman"). */
export const TITLE_WORD = '(?:spokes(?:man|woman|person)|official|minister|secretary|president|adviser|advisor|envoy|ambassador|director|chief|leader|commander|general|national|security|senior|deputy|foreign|defen[cs]e|of|the|for)';

/** A run of name words, possibly with title words among them; it starts and ends with a capitalised word. */
export const NAME_PHRASE = `${NAME_WORD}(?:\\s+(?:${TITLE_WORD}\\s+)*${NAME_WORD})*`;

/** `according to John Kirby`, `according to Palestinian health official Ashraf al-Qudra`: the name phrase is group 1. */
export const ACCORDING_TO = `\\b[Aa]ccording to\\s+(?:[\\p{Ll}-]+\\s+){0,4}?(${NAME_PHRASE})`;

/** `he said`, `she added`: a pronoun standing for a speaker named earlier. */
export const PRONOUN = '(?:he|she|He|She)';

/** `the spokesman`, `the Palestinian official`: a description of a speaker named earlier. */
export const ROLE_PHRASE = "(?:the|The)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:spokes(?:man|woman|person)|official|minister|diplomat|envoy|ambassador|adviser|advisor|director|leader|commander|president|secretary)";

/** First- and second-person words mark speech given as spoken ("we do not want"), not reported in the third person. */
export const FIRST_PERSON = /\b(?:I|we|We|our|Our|us|me|my|My|you|You)\b/u;
