/**
 * The vocabulary of attribution: verbs of saying, and the shape of a name
 * phrase as it appears next to them ("National Security Council Spokesman
 * John Kirby", "John Kirby, White House national security spokesman",
 * "Izzat al-Rishq"). Regular-expression sources, combined by the finders.
 */
export const SPEECH_VERB =
  '(?:said|says|say|added|adds|told|tells|noted|notes|explained|explains|stated|states|remarked|remarks|emphasi[sz]ed|emphasi[sz]es|highlighted|highlights|pointed out|points out|elaborated|elaborates|announced|announces|warned|warns|argued|argues|insisted|insists|stressed|stresses|urged|urges|asserted|asserts|claimed|claims|reiterated|reiterates|confirmed|confirms|continued|continues|wrote|writes|asked|asks|replied|replies|answered|answers|declared|declares|commented|comments|recalled|recalls|acknowledged|acknowledges|admitted|admits|concluded|concludes|went on|goes on|affirmed|affirms|tweeted|tweets|posted|posts|conveyed|conveys|cited|cites|called|calls|described|describes|termed|terms|dubbed|dubs|branded|brands|labell?ed|condemned|condemns|condemning|denounced|denounces|praised|praises|spoke|speaks|vowed|vows|pledged|pledges|issued a statement|said in a statement|call|accuses|accused)';

/** Verbs that introduce words spoken (not verbs of naming such as "called", after which marks may be the outlet's). */
export const SAYING_VERB = '(?:said|says|say|told|tells|added|adds|stated|states|wrote|writes|declared|declares|asked|asks|replied|replies|answered|answers|noted|notes|insisted|insists|stressed|stresses|warned|warns|argued|argues|claimed|claims|posted|posts|tweeted|tweets)';

/** Verbs of saying put first: `Reiterates Kirby:`, `Adds the spokesman:`. */
export const INVERTED_VERB = '(?:Says|Adds|Reiterates|Notes|Explains|Stresses|Insists|Continues|Concludes|Warns|Elaborates|Emphasi[sz]es|Recalls|Writes|Asks|Replies|Answers)';

/** `Kirby on Thursday said`, `the WCK in a statement said`: a short phrase of time or channel between a speaker and the verb. */
export const BETWEEN_SPEAKER_AND_VERB = "(?:\\s+\\(\\p{Lu}{2,}\\))?(?:\\s+(?:(?:on|in|at|during|late|early|earlier|later)\\s+(?:(?:a|an|the|its|his|her|their|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+)?[\\p{L}-]+(?:\\s+[\\p{Ll}-]+)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))?";

/** Arabic and European particles that may come before a capitalised word of a name ("al-Rishq", "bin Salman", "van der"). */
export const PARTICLES = ['al', 'el', 'bin', 'ibn', 'abu', 'de', 'van', 'von', 'da', 'der'];
/** A particle and the hyphen or space after it, as one group. */
export const PARTICLE = `(?:(?:${PARTICLES.join('|')})[- ])`;

/** A capitalised word of a name, perhaps after a particle. */
const NAME_WORD = `${PARTICLE}?\\p{Lu}[\\p{L}\\p{M}'’.-]*`;
/** Lower-case words that appear inside a title before or after a name ("national security spokesman"). */
export const TITLE_WORD = '(?:spokes(?:man|woman|person)|official|minister|secretary|president|adviser|advisor|envoy|ambassador|director|chief|leader|commander|general|national|security|senior|deputy|foreign|defen[cs]e|of|the|for|and)';

/** A run of name words, possibly with title words among them; it starts and ends with a capitalised word. */
export const NAME_PHRASE = `${NAME_WORD}(?:\\s+(?:${TITLE_WORD}\\s+)*${NAME_WORD})*`;

/** `according to John Kirby`, `according to Palestinian health official Ashraf al-Qudra`: the name phrase is group 1. */
export const ACCORDING_TO = `\\b[Aa]ccording to\\s+(?:[\\p{Ll}-]+\\s+){0,4}?(${NAME_PHRASE})`;

/** `he said`, `she added`: a pronoun standing for a person named earlier. */
export const PRONOUN = '(?:he|she|He|She)';

/** `it said`: a pronoun standing for an institution named earlier. */
export const ORG_PRONOUN = '(?:it|It)';

/** Nouns that name an institution when a phrase ends in them: `the military said`, `the Islamist faction mourned`. */
export const ORG_NOUN = '(?:army|military|government|ministry|police|council|agency|office|administration|statement|resolution|document|organi[sz]ation|group|movement|faction|court|committee|assembly|authorities|community|company|charity|court|embassy|cabinet|campaign|team)';

/** `the military`, `the Islamist faction`, `the international community`: an institution without a proper name. */
export const ORG_PHRASE = `(?:(?:the|The|\\p{Lu}[\\p{L}]*['’]s)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?|(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:[\\p{Ll}-]+\\s+){0,1})${ORG_NOUN}`;

/** `the spokesman`, `the Palestinian official`: a description of a speaker named earlier. */
export const ROLE_PHRASE = "(?:the|The)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:spokes(?:man|woman|person)|official|minister|diplomat|envoy|ambassador|adviser|advisor|director|leader|commander|president|secretary)";

/** First- and second-person words mark speech given as spoken ("we do not want"), not reported in the third person. */
export const FIRST_PERSON = /\b(?:I|we|We|our|Our|us|me|my|My|you|You)\b/u;
