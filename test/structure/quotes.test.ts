import { describe, expect, it } from 'vitest';
import { compilePatterns, DEFAULT_PATTERNS } from '../../src/structure/patterns.js';
import { structureOf } from '../../src/structure/structure.js';

const patterns = compilePatterns(DEFAULT_PATTERNS);

/** Each quotation of a made-up article as `speaker [kind/attribution]: text`. */
function quotesOf(text: string): string[] {
  const { quotes, speakers } = structureOf(text, patterns);
  const name = new Map(speakers.map((s) => [s.id, s.name]));
  return quotes.map((q) => `${q.speaker === null ? '?' : name.get(q.speaker)} [${q.kind}/${q.attribution}]: ${text.slice(q.start, q.end)}`);
}

// Every text starts with a body sentence, so the line with the quotation is not taken for a headline.
const LEDE = 'The White House spoke on Monday about the war in Gaza.\n';

/** Table rows: a name, the article body after LEDE, and the quotations expected in it. */
function cases(rows: [string, string, string[]][]): void {
  it.each(rows)('%s', (_name, body, expected) => {
    expect(quotesOf(LEDE + body)).toEqual(expected);
  });
}

describe('quotations and their speakers', () => {
  cases([
    ['X said', '"We are clear," John Kirby said.', ['John Kirby [direct/explicit]: "We are clear,"']],
    ['said X', '"We are clear," said John Kirby.', ['John Kirby [direct/explicit]: "We are clear,"']],
    ['X added', '"We are clear," Kirby added.', ['Kirby [direct/explicit]: "We are clear,"']],
    ['X told reporters, titles dropped', '"We are clear," National Security Council Spokesman John Kirby told reporters.', ['John Kirby [direct/explicit]: "We are clear,"']],
    ['X, appositive, noted', '"We are clear," John Kirby, the White House spokesman, noted.', ['John Kirby [direct/explicit]: "We are clear,"']],
    ['X explained, with an adverb', '“We are clear,” Kirby patiently explained.', ['Kirby [direct/explicit]: “We are clear,”']],
    ['according to X', 'According to spokesman John Kirby, the US "will not provide certain weapons."', ['John Kirby [partial/explicit]: "will not provide certain weapons."']],
    ['X said that … "…"', 'Kirby emphasized that Biden "does not want American weapons used there."', ['Kirby [partial/explicit]: "does not want American weapons used there."']],
    ['colon-introduced, with marks', 'Kirby elaborates: "We will not support it."', ['Kirby [direct/explicit]: "We will not support it."']],
    ['an organisation speaking', '"The talks go on," the White House said.', ['White House [direct/explicit]: "The talks go on,"']],
  ]);

  cases([
    [
      '`he said` is the nearest named person before',
      'Antonio Guterres warned against the invasion.\n"It would be intolerable," he said.',
      ['Antonio Guterres [direct/pronoun]: "It would be intolerable,"'],
    ],
    [
      '`the Palestinian official added` is the named speaker of the same paragraph (Press TV)',
      '“Israel is not serious,” said Izzat al-Rishq, a member of the bureau. It “uses the talks as a cover,” the Palestinian official added.',
      ['Izzat al-Rishq [direct/explicit]: “Israel is not serious,”', 'Izzat al-Rishq [partial/role]: “uses the talks as a cover,”'],
    ],
    [
      '`the spokesman said` after the spokesman was named',
      'John Kirby said the talks go on.\n"We still believe in a deal," the spokesman said.',
      ['John Kirby [direct/role]: "We still believe in a deal,"'],
    ],
    [
      'the second quotation of a paragraph takes the first one’s speaker',
      '"That is a choice Israel will make," Kirby said. "And one we hope they won\'t."',
      ['Kirby [direct/explicit]: "That is a choice Israel will make,"', 'Kirby [direct/paragraph]: "And one we hope they won\'t."'],
    ],
    [
      'a paragraph that is one quotation continues the person the paragraph before is about (ARN)',
      'Kirby said Hamas had been pressured by Israel.\n"The argument that we are walking away just does not comport with the facts."',
      ['Kirby [direct/context]: "The argument that we are walking away just does not comport with the facts."'],
    ],
    [
      'forms of one name are one speaker, under the fullest form',
      '"One," National Security Council Spokesman John Kirby said.\n"Two," Kirby added.',
      ['John Kirby [direct/explicit]: "One,"', 'John Kirby [direct/explicit]: "Two,"'],
    ],
  ]);

  cases([
    [
      'trailing `- X said` (Daily Wrap)',
      'The President was very clear: we do not want to see a large operation. We were very direct - Kirby said, recounting the call.',
      ['Kirby [unmarked/explicit]: The President was very clear: we do not want to see a large operation. We were very direct'],
    ],
    [
      'colon-introduced speech without marks',
      'Kirby elaborates: we will not support an operation in Rafah.',
      ['Kirby [unmarked/explicit]: we will not support an operation in Rafah.'],
    ],
    [
      'reported speech in the third person is the outlet’s own (no quotation)',
      'Biden made it clear that he opposes the assault on Rafah - said spokesman John Kirby on Monday.',
      [],
    ],
    [
      'transcript speaker labels, a turn running on until the next label',
      'MR. KIRBY: We do not support it.\nAnd we have said so.\nQ Will you stop the weapons?',
      ['Kirby [transcript/label]: We do not support it.', 'Kirby [transcript/label]: And we have said so.', 'Questioner (Q) [transcript/label]: Will you stop the weapons?'],
    ],
  ]);

  // Cases from the gold standard (test/gold/): each fixed error, written small.
  cases([
    ['a few attributed words in marks are a partial quotation', 'Kyiv called the ceremony a “Kremlin freak show” on Friday.', ['Kyiv [partial/explicit]: “Kremlin freak show”']],
    ['words in marks that nothing attributes are a scare quote, no one’s', 'It was one of the illegal “referendums” held by Russia.', ['? [scare/none]: “referendums”']],
    ['“so-called” before the marks makes them scare quotes', 'It condemned the so-called "referendums" in the "DNR".', ['? [scare/none]: "referendums"', '? [scare/none]: "DNR"']],
    ['a short quotation in the sentence of a longer one is the same speaker’s', 'Kamboj said that "the global south has suffered from the war" and that "urgent issues" were not addressed.', ['Kamboj [partial/explicit]: "the global south has suffered from the war"', 'Kamboj [partial/paragraph]: "urgent issues"']],
    ['slammed as a “sham” by an institution named in lower case', 'The votes have been slammed as a “sham” by the international community.', ['international community [partial/explicit]: “sham”']],
    ['a by-phrase followed by `he said` is not the speaker', 'Kirby spoke on Monday.\n"The regions were seized" by Russia, he said.', ['Kirby [direct/pronoun]: "The regions were seized"']],
    ['inverted verb and colon', 'Reiterates Kirby: "We will not support it."', ['Kirby [direct/explicit]: "We will not support it."']],
    ['Kirby affirmed', '"We will not support it," Kirby affirmed.', ['Kirby [direct/explicit]: "We will not support it,"']],
    ['an apposition without its closing comma', '“We’re coming home,” Denis Pushilin, the leader of the republic said.', ['Denis Pushilin [direct/explicit]: “We’re coming home,”']],
    ['`it said` is the institution named before', 'The Islamist faction mourned Haniyeh, who it said was killed in "a treacherous raid".', ['Islamist faction [partial/pronoun]: "a treacherous raid"']],
    ['an unnamed role stands for its institution', 'A Hamas spokesperson told reporters that tents burned. He described the aftermath as "massive craters" on Tuesday.', ['Hamas [partial/pronoun]: "massive craters"']],
    ['`the minister said` is the nearest person with that title', 'Defense Minister Yoav Gallant wrote on X about it. Spokesman Daniel Hagari said more.\n"Under heavy fire," the minister said.', ['Yoav Gallant [direct/role]: "Under heavy fire,"']],
    ['quoted X as saying', '“This is unforgivable,” the statement quoted WCK CEO Erin Gore as saying.', ['Erin Gore [direct/explicit]: “This is unforgivable,”']],
    ['a place after a name is not the speaker', 'A spokesman for Mayor Eric Garcetti of Los Angeles told the Times that the mayor “believes in focus.”', ['Eric Garcetti [partial/explicit]: “believes in focus.”']],
    ['a name, then the time, then the verb', 'Erdogan on Saturday called on Israel to “immediately stop this madness” in Gaza.', ['Erdogan [partial/explicit]: “immediately stop this madness”']],
    ['a short quotation that someone unnamed said is speech, not a scare quote', '"The regime will fall," a protester said.', ['? [direct/none]: "The regime will fall,"']],
    ['a short quotation right after a verb of saying is speech', 'The regime said "the regime is strong" and left.', ['? [partial/none]: "the regime is strong"']],
    ['but after a verb of naming with no one naming, the marks are the outlet’s', 'Russia completed the show called “referendum,” and left.', ['? [scare/none]: “referendum,”']],
    ['a role, then the name, after the quotation', 'Forces responded by firing "from the air and from the street", the spokesperson, Rear Admiral Daniel Hagari, said.', ['Daniel Hagari [partial/explicit]: "from the air and from the street"']],
    ['`according to` later in the quotation’s sentence', 'The hostages are in "good medical condition" and were taken to hospital, according to the military.', ['military [partial/explicit]: "good medical condition"']],
    ['a closed `, who …,` apposition', 'Marco Rubio, who negotiated a deal with Bukele, posted on the site: “We sent over 250 members.”', ['Marco Rubio [direct/explicit]: “We sent over 250 members.”']],
    ['`calling for` names the subject', 'President Trump issued his proclamation Saturday calling for the “immediate removal” of gang members.', ['Trump [partial/explicit]: “immediate removal”']],
    ['an unnamed role of an institution named by its kind', 'An Israeli military spokesperson said the operation took place in a neighbourhood.\n"We know about casualties," he said.', ['Israeli military [direct/pronoun]: "We know about casualties,"']],
    ['the subject of `…, saying "…"`', 'Indian envoy Ruchira Kamboj justified the abstention by saying that "the south has suffered".', ['Ruchira Kamboj [partial/explicit]: "the south has suffered"']],
  ]);

  cases([
    ['`he said` with no earlier speaker stays unknown', '"It would be intolerable," he said.', ['? [direct/none]: "It would be intolerable,"']],
    ['a quotation with no attribution and nobody before stays unknown', 'Officials call it "a limited operation" in private.', ['? [partial/none]: "a limited operation"']],
    ['a quotation never closed runs to the end of its paragraph, the next is untouched', '"We will not go in, Kirby said.\nThe talks went on.', ['? [direct/none]: "We will not go in, Kirby said.']],
    ['one labelled line is no transcript', 'UPDATE: The talks resumed on Friday.\nThe delegations met in Cairo.', []],
    ['a quote mark used as an apostrophe is no quotation', "Hamas' leaders and the Israelis' plans don't change, Kirby said.", []],
  ]);

  it('marks an unclosed quotation as such', () => {
    const { quotes } = structureOf(`${LEDE}"We will not go in, he said.`, patterns);
    expect(quotes.map((q) => q.unclosed)).toEqual([true]);
  });

  it('does not look for quotations in boilerplate', () => {
    expect(quotesOf(`${LEDE}More from World news\n"Other story," Kirby said.`)).toEqual([]);
  });
});

describe('block quotations marked by the source', () => {
  it('takes a marked block as one quotation, its speaker from the paragraph before', () => {
    const text = ['The spokesman John Kirby said on Monday:', 'We do not support a major ground operation in Rafah.', 'Officials met again later.'].join('\n');
    const block = text.indexOf('We do');
    const structure = structureOf(text, compilePatterns(DEFAULT_PATTERNS), { markup: [{ start: block, end: text.indexOf('\nOfficials'), kind: 'blockquote' }] });
    expect(structure.quotes).toEqual([{ start: block, end: text.indexOf('\nOfficials'), kind: 'block', speaker: 'kirby', attribution: 'context', unclosed: false }]);
  });

  it('gives every paragraph of a marked block the speaker of its first', () => {
    const text = ['The spokesman John Kirby said on Monday:', 'We do not support a major ground operation in Rafah.', 'We have made that clear.', 'Officials met again later.'].join('\n');
    const start = text.indexOf('We do');
    const end = text.indexOf('\nOfficials');
    const structure = structureOf(text, compilePatterns(DEFAULT_PATTERNS), { markup: [{ start, end, kind: 'blockquote' }] });
    expect(structure.quotes.map((q) => [text.slice(q.start, q.end), q.kind, q.speaker, q.attribution])).toEqual([
      ['We do not support a major ground operation in Rafah.', 'block', 'kirby', 'context'],
      ['We have made that clear.', 'block', 'kirby', 'context'],
    ]);
  });
});
