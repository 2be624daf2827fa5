import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../src/structure/names.js';

describe('speakerOf', () => {
  it.each([
    ['John Kirby', 'kirby', 'John Kirby', true],
    ['Kirby', 'kirby', 'Kirby', true],
    ['National Security Council Spokesman John Kirby', 'kirby', 'John Kirby', true],
    ['White House National Security Council spokesperson John Kirby', 'kirby', 'John Kirby', true],
    ['Izzat al-Rishq', 'al-rishq', 'Izzat al-Rishq', true],
    ['United Nations Secretary-General Antonio Guterres', 'guterres', 'Antonio Guterres', true],
    ['As Kirby', 'kirby', 'Kirby', true],
    ['White House', 'white-house', 'White House', false],
    ['the Israeli Defence Ministry', 'israeli-defence-ministry', 'Israeli Defence Ministry', false],
  ])('%s → %s', (phrase, id, name, person) => {
    expect(speakerOf(phrase)).toEqual({ id, name, person });
  });

  it.each([['Thursday'], ['He'], ['National Security Council Spokesman']])('%s names no one', (phrase) => {
    expect(speakerOf(phrase)).toBeUndefined();
  });
});
