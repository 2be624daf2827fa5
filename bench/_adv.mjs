import { readdirSync, readFileSync } from 'node:fs';
import { analyze, loadLexicon } from '../dist/index.js';
const lex = readdirSync('lexicons').filter(f=>f.endsWith('.json')).map(f=>loadLexicon(f, readFileSync('lexicons/'+f,'utf8')));
const seed = readFileSync('seeds/'+readdirSync('seeds').filter(f=>f.endsWith('.txt')).sort()[0],'utf8');
const size = Number(process.argv[3] ?? 200000);
const fill = (unit) => { let t=''; while (t.length < size) t += unit; return t.slice(0, size); };
const cases = {
  ordinary: () => fill(seed + '\n\n'),
  names: () => fill('Aaa Bbb '),
  namesPara: () => fill('Aaa Bbb Ccc Ddd Eee Fff Ggg Hhh, '),
  saidNames: () => fill('said Aaa Bbb Ccc Ddd Eee '),
  according: () => fill('according to Aaa Bbb Ccc Ddd '),
  quotes: () => fill('"a" '),
  openQuotes: () => fill('“Aaa Bbb said '),
  dashes: () => fill(' - Aaa Bbb '),
  colon: () => fill('Aaa Bbb said: '),
  byline: () => fill('By A B C D E F G H\n'),
  slashes: () => fill('a/'),
  navLines: () => fill('a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/ x y z w\n'),
  caps: () => fill('AAAA BBBB CCCC '),
  dots: () => fill('. '),
  spaces: () => 'x' + ' '.repeat(size - 2) + 'y',
  letters: () => 'a'.repeat(size),
  regime: () => fill('the regime '),
  zw: () => fill('re\u200Bgime '),
  label: () => fill('MR. KIRBY KIRBY KIRBY KIRBY '),
};
const name = process.argv[2];
const text = cases[name]();
const t = performance.now();
await analyze({ title: 'x', articles: [{ id: 'a', outlet: 'o', text, source: 'a.txt' }] }, lex, { workers: 0 });
console.log(name, size, ((performance.now() - t)).toFixed(0));
