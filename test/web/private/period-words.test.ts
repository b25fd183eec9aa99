// The private page writes period labels as names: the tier's rolling window reads "Sep 2026, Oct 2026 and Nov 2026".
import { describe, expect, it } from 'vitest';
import { monthLabelText, windowText } from '../../../web/src/private/period-words';

describe('private page period words', () => {
  it.each([
    ['2026-09', 'Sep 2026'],
    ['2026-12', 'Dec 2026'],
    ['2026-13', '2026-13'],
    ['Q4 2026', 'Q4 2026'],
  ])('month label %s reads "%s"', (label, text) => {
    expect(monthLabelText(label)).toBe(text);
  });

  it.each([
    [[], 'no months yet'],
    [['2026-11'], 'Nov 2026'],
    [['2026-09', '2026-10', '2026-11'], 'Sep 2026, Oct 2026 and Nov 2026'],
  ])('window %j reads "%s"', (labels, text) => {
    expect(windowText(labels)).toBe(text);
  });
});
