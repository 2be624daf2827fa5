import { describe, expect, it } from 'vitest';
import { inflectedForms } from '../../src/nlp/inflect.js';

describe('inflectedForms', () => {
  it.each([
    ['hostage', ['hostages']],
    ['casualty', ['casualties']],
    ['kill', ['killed', 'killing', 'kills']],
    ['die', ['died', 'dying', 'dies']],
    ['hold', ['held', 'holding', 'holds']],
    ['occupy', ['occupied', 'occupying', 'occupies']],
    ['child', ['children']],
    ['take', ['took', 'taken', 'taking', 'takes']],
    ['seize', ['seized', 'seizing']],
    ['flee', ['fled', 'fleeing']],
    ['stop', ['stopped', 'stopping']],
  ])('%s also matches %j', (word, forms) => {
    expect(inflectedForms(word)).toEqual(expect.arrayContaining([word, ...forms]));
  });

  it.each(['a', 'of', 'the', 'hamas', 'gaza', "'s", '7'])('leaves %j alone', (word) => {
    expect(inflectedForms(word)).toEqual([word]);
  });
});
