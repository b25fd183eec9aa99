// Formatting: the team's currency, hidden amounts stay null, coarse countdowns, rank-change arrows.
import { describe, expect, it } from 'vitest';
import { countdown, makeFormatter, rankChange, startsIn } from '../../web/src/format';

const team = {
  name: 'T',
  currency: 'EUR',
  timeZone: 'UTC',
  weekStartsOn: 'monday' as const,
  tvTopN: 5,
  publishAmounts: true,
};

describe('makeFormatter', () => {
  const fmt = makeFormatter(team, 'en-US');
  it.each([
    ['money', 52000, '€52,000'],
    ['percent', 104.5, '104.5%'],
    ['points', 301.5, '301.5 pts'],
    ['pct_points', 12.34, '+12.3% of target'],
    ['pct_points', -3, '-3% of target'],
    ['count', 12, '12'],
    // Half up on the decimal value, as the engine rounds (shared/format/round.ts).
    ['percent', 288.75, '288.8%'],
    ['percent', 1.45, '1.5%'],
    ['money', 2.5, '€3'],
    ['money', -2.5, '-€3'],
    ['money', 66334.5, '€66,335'],
    ['count', 0.05, '0.1'],
    ['percent', -0.04, '0%'],
  ] as const)('formats %s %s as %s', (unit, value, expected) => {
    expect(fmt.value(unit, value)).toBe(expected);
  });

  it('returns null (never "null") when a value is not published', () => {
    expect(fmt.value('money', null)).toBeNull();
    expect(fmt.signed('percent', null)).toBeNull();
  });

  it('signs positive changes and keeps the minus of negative ones', () => {
    expect(fmt.signed('percent', 12)).toBe('+12%');
    expect(fmt.signed('percent', -3)).toBe('-3%');
    expect(fmt.signed('pct_points', 12.3)).toBe('+12.3% of target');
  });

  it('falls back to USD for an unknown currency code instead of throwing', () => {
    expect(makeFormatter({ ...team, currency: 'NOPE!' }, 'en-US').value('money', 5)).toBe('$5');
  });

  it('formats ISO days without shifting them by the viewer time zone', () => {
    expect(fmt.day('2026-11-01')).toBe('1 Nov 2026');
  });
});

describe('countdown and startsIn', () => {
  const at = (iso: string) => Date.parse(iso);
  it.each([
    // The contest counts through its last day: it ends at the next midnight (UTC here).
    ['2026-11-30', '2026-11-20T00:00:00Z', '11 days left'],
    ['2026-11-30', '2026-11-30T20:00:00Z', '4 h left'],
    ['2026-11-30', '2026-11-30T23:30:00Z', '30 min left'],
    ['2026-11-30', '2026-12-01T00:00:00Z', 'ended'],
  ])('end %s at %s reads "%s"', (end, now, expected) => {
    expect(countdown(end, at(now))).toBe(expected);
  });
  it.each([
    ['2026-12-01', '2026-11-30T12:00:00Z', 'starts tomorrow'],
    ['2026-12-01', '2026-11-20T00:00:00Z', 'starts in 11 days'],
    ['2026-12-01', '2026-12-01T08:00:00Z', 'starts today'],
  ])('start %s at %s reads "%s"', (start, now, expected) => {
    expect(startsIn(start, at(now))).toBe(expected);
  });
});

describe('rankChange', () => {
  it.each([
    [1, 3, 'up', '▲2'],
    [4, 2, 'down', '▼2'],
    [2, 2, 'same', '–'],
    [5, null, 'new', 'new'],
  ] as const)('rank %i from %s is %s', (rank, prev, dir, text) => {
    expect(rankChange(rank, prev)).toMatchObject({ dir, text });
  });
});
