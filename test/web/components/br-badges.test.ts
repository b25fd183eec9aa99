// The badge catalogue's holder counts: the count matches the names, hidden holders only as "(n not listed)".
import { describe, expect, it } from 'vitest';
import { holdersText } from '../../../web/src/components/br-badges';

describe('holdersText', () => {
  it.each([
    ['nobody', 0, null, 'Nobody yet — be the first'],
    ['one named holder', 1, null, '1 holder'],
    ['nine named holders', 9, null, '9 holders'],
    ['nine named and one not listed', 9, 1, '10 holders (1 not listed)'],
    ['only holders who are not listed', 0, 2, '2 holders (2 not listed)'],
    ['nothing said about hidden holders (null)', 3, null, '3 holders'],
  ])('%s', (_name, named, notListed, text) => {
    expect(holdersText(named, notListed)).toBe(text);
  });
});
