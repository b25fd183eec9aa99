// Manager rule sentences: one per contest kind, money goals as money in the team currency.
import { describe, expect, it } from 'vitest';
import { CONTEST_KINDS } from '../../../shared/workbook';
import { describeRules, RULES_WORDS } from '../../../shared/contests';
import { contest, d } from './fixtures';

describe('describeRules', () => {
  it.each([
    [
      contest({ kind: 'most' }),
      'Highest total of demos from 2 Nov to 13 Nov 2026; all active reps.',
    ],
    [
      contest({ kind: 'percent_of_target', metric: 'revenue' }),
      'Highest percentage of own revenue target from 2 Nov to 13 Nov 2026; all active reps.',
    ],
    [
      contest({ kind: 'first_to', goal: 10, team: 'East' }),
      'First to reach 10 demos from 2 Nov to 13 Nov 2026; active reps of team East.',
    ],
    [
      contest({ kind: 'first_to' }),
      'First to reach (no goal set) demos from 2 Nov to 13 Nov 2026; all active reps.',
    ],
    [
      contest({ kind: 'team', metric: 'won_deals' }),
      'Teams ranked by the total won deals of their reps from 2 Nov to 13 Nov 2026; all active reps.',
    ],
    [
      contest({ kind: 'streak' }),
      'Most consecutive working days with at least 1 demo a day from 2 Nov to 13 Nov 2026; all active reps.',
    ],
    [
      contest({ kind: 'streak', metric: 'call', goal: 25 }),
      'Most consecutive working days with at least 25 calls a day from 2 Nov to 13 Nov 2026; all active reps.',
    ],
    [
      contest({ kind: 'improvement' }),
      'Largest rise in demos from 2 Nov to 13 Nov 2026 against the 12 days just before (21 Oct to 1 Nov 2026); all active reps.',
    ],
    [
      contest({ kind: 'improvement', start: d('2026-10-01'), end: d('2026-10-31') }),
      'Largest rise in demos from 1 Oct to 31 Oct 2026 against the 31 days just before (31 Aug to 30 Sep 2026); all active reps.',
    ],
  ])('states the rules of %# in one sentence', (c, text) => {
    expect(describeRules(c, 'USD')).toBe(text);
  });

  it('writes a money goal as money in the team currency', () => {
    const c = contest({ kind: 'first_to', metric: 'revenue', goal: 30000 });
    expect(describeRules(c, 'USD')).toBe(
      'First to reach $30,000 revenue from 2 Nov to 13 Nov 2026; all active reps.',
    );
    expect(describeRules(c, 'EUR')).toBe(
      'First to reach €30,000 revenue from 2 Nov to 13 Nov 2026; all active reps.',
    );
  });

  it('has words for every contest kind', () => {
    expect(Object.keys(RULES_WORDS).sort()).toEqual([...CONTEST_KINDS].sort());
  });
});
