import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/index.js';
import { brief, fixtureLexicon } from '../helpers.js';

const lexicons = [fixtureLexicon('basics')];

async function findings(text: string) {
  const result = await analyze({ articles: [{ id: 'a', outlet: 'A', text, source: 'a.txt' }] }, lexicons, { workers: 0 });
  const article = result.articles[0];
  if (!article) throw new Error('article not analysed');
  for (const hit of article.hits) expect(text.slice(hit.start, hit.end)).toBe(hit.text);
  return { words: article.words, hits: article.hits.map(brief), starts: article.hits.map((h) => h.start) };
}

describe('analyze on awkward article text', () => {
  it.each([
    ['LF line endings', 'The Israeli regime\nheld hostages.\n', 5, ['israel-state/regime "Israeli regime"', 'held/hostages "hostages"'], [4, 24]],
    ['CRLF line endings', 'The Israeli regime\r\nheld hostages.\r\n', 5, ['israel-state/regime "Israeli regime"', 'held/hostages "hostages"'], [4, 25]],
    ['lone CR line endings', 'The Israeli regime\rheld hostages.\r', 5, ['israel-state/regime "Israeli regime"', 'held/hostages "hostages"'], [4, 24]],
    ['mixed line endings', 'Hamas\r\n\rThe\rIsraeli regime\n\r\nhostages', 5, ['hamas/hamas "Hamas"', 'israel-state/regime "Israeli regime"', 'held/hostages "hostages"'], [0, 12, 29]],
    ['a UTF-8 byte-order mark left in a JSONL text', '\uFEFFThe regime', 2, ['israel-state/regime "regime"'], [5]],
    ['Arabic, counted as words', 'قالت الحكومة الإسرائيلية إن ٣٤ شخصا قتلوا.', 7, [], []],
    ['Cyrillic, counted as words', 'Израильский режим заявил, что заложники живы.', 6, [], []],
    ['Arabic around an English marker', 'قال the Israeli regime قال', 5, ['israel-state/regime "Israeli regime"'], [8]],
    ['Hebrew with the marker in Latin letters', 'ממשלת ישראל (Israeli government) הודיעה', 5, ['israel-state/government "Israeli government"'], [13]],
  ])('%s', async (_name, text, words, hits, starts) => {
    expect(await findings(text)).toEqual({ words, hits, starts });
  });
});
