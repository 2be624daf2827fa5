import { readFileSync } from 'node:fs';
import { loadLexicon } from '../dist/lexicon/load.js';
import { compileLexicons } from '../dist/tag/compile.js';
import { matchText } from '../dist/tag/match.js';
import { analyzeText } from '../dist/nlp/tokenize.js';
import { countWords } from '../dist/nlp/words.js';
const lex = loadLexicon('b', readFileSync('test/fixtures/lexicons/basics.json','utf8'));
const m = compileLexicons([lex]);
for (const t of ['The Israeli re\u200Bgime said.', 'The Israeli re\u00ADgime said.', 'The Israeli ｒｅｇｉｍｅ said.', 'The ISRAELİ REGİME said.', 'The israelı regıme said.', 'The re\u2060gime and ho\uFEFFstages.', 'The ﬁrst regime']) {
  const a = analyzeText(t);
  console.log(JSON.stringify(t), countWords(t), JSON.stringify(a.tokens.norms), matchText(t, a, m).map(h=>h.id+':'+h.text));
}
