// Public contest words: the manager's sentences when amounts are published, no money figure when not.
import { describe, expect, it } from 'vitest';
import { describeRules, standingText } from '../../../../shared/contests';
import { publicPolicy } from '../../../../shared/snapshot/public-policy';
import { publicRulesText, publicStandingText } from '../../../../shared/snapshot/words/contests';
import { contest } from '../../contests/fixtures';
import { STANDING_CASES } from '../../contests/standing-facts';

const shown = publicPolicy({ currency: 'USD', publishAmounts: true });
const hidden = publicPolicy({ currency: 'USD', publishAmounts: false });

/** Public words with amounts hidden, per case of STANDING_CASES (same order). */
const HIDDEN: Readonly<Record<string, string>> = {
  upcoming: 'Starts 1 Dec 2026; nothing counted yet.',
  'total of a rep': 'Revenue from 1 Nov to 18 Nov 2026 (Deals rows 998, 1007).',
  'total of a team': 'Revenue by 5 reps from 1 Nov to 18 Nov 2026 (Deals rows 998, 1007).',
  'total of a count, one rep in the team':
    '1 demo by 1 rep from 1 Nov to 18 Nov 2026 (Activities row 5).',
  'total before the start': '0 demos nothing counted yet (starts 1 Nov 2026).',
  percent_of_target:
    '66.3% of own target for the contest window: Revenue from 1 Nov to 18 Nov 2026 (Deals rows 998, 1007).',
  no_target:
    'No revenue target covers 1 Nov to 30 Nov 2026, so no percentage; listed last. Revenue from 1 Nov to 18 Nov 2026 (Deals rows 998, 1007).',
  no_goal:
    'This contest has no goal, so nobody can finish. 12 demos from 1 Nov to 18 Nov 2026 (Activities row 5).',
  goal_reached:
    'Reached the revenue goal on 9 Nov 2026 at 14:30 (Deals row 1007). Revenue from 1 Nov to 18 Nov 2026 (Deals rows 998, 1007).',
  'goal_reached of one demo, no source row':
    'Reached 1 demo on 9 Nov 2026. 12 demos from 1 Nov to 18 Nov 2026 (Activities row 5).',
  goal_not_reached:
    'Not finished: short of the revenue goal from 1 Nov to 18 Nov 2026 (Deals rows 998, 1007).',
  no_streak: 'No working day with at least 25 calls a day from 2 Nov to 18 Nov 2026.',
  'no_streak before the start': 'No working day with at least 1 call a day nothing counted yet.',
  streak:
    '10 working days in a row with at least 25 calls a day, 2 Nov to 13 Nov 2026 (Activities row 8446); weekends and holidays are skipped.',
  'streak of one day':
    '1 working day with at least 1 meeting a day, 2 Nov 2026; weekends and holidays are skipped.',
  'streak on a money bar':
    '3 working days in a row reaching the daily revenue goal, 2 Nov to 4 Nov 2026 (Deals row 12); weekends and holidays are skipped.',
  'no_streak on a money bar':
    'No working day reaching the daily revenue goal from 2 Nov to 18 Nov 2026.',
  nothing_counted: 'Nothing counted yet.',
  no_previous:
    'No previous result to compare with (revenue from 1 Oct to 18 Oct 2026), listed last; now revenue from 1 Nov to 18 Nov 2026 (Deals rows 998, 1007).',
  improvement:
    '+12.5%: revenue from 1 Nov to 18 Nov 2026 (Deals rows 998, 1007) against revenue from 1 Oct to 18 Oct 2026 (Deals row 900).',
  'a fall':
    '-50%: 6 demos from 1 Nov to 18 Nov 2026 (Activities row 5) against 12 demos from 1 Oct to 18 Oct 2026.',
};

describe('publicStandingText', () => {
  it.each(STANDING_CASES)(
    'writes %s as the manager does when amounts are published',
    (_n, fact) => {
      const entry = { fact, tiedWithRank: 3 };
      expect(publicStandingText(entry, shown)).toBe(standingText(entry, 'USD'));
    },
  );

  it.each(STANDING_CASES)('writes %s without any money figure when they are not', (name, fact) => {
    const text = publicStandingText({ fact, tiedWithRank: null }, hidden);
    expect(text).toBe(HIDDEN[name]);
    expect(text).not.toMatch(/\$|112,500|100,000|30,000|150,000|500 revenue/);
  });

  it('has a hidden-amounts case for every standing case', () => {
    expect(Object.keys(HIDDEN).sort()).toEqual(STANDING_CASES.map(([n]) => n).sort());
  });

  it('writes money in the team currency', () => {
    const [, fact] = STANDING_CASES[1]!;
    const eur = publicPolicy({ currency: 'EUR', publishAmounts: true });
    expect(publicStandingText({ fact, tiedWithRank: null }, eur)).toContain('€112,500');
  });
});

describe('publicRulesText', () => {
  const cases = [
    contest({ kind: 'most', metric: 'revenue' }),
    contest({ kind: 'percent_of_target', metric: 'revenue' }),
    contest({ kind: 'first_to', metric: 'revenue', goal: 30000, team: 'East' }),
    contest({ kind: 'first_to', goal: 10 }),
    contest({ kind: 'first_to', goal: null }),
    contest({ kind: 'team', metric: 'revenue' }),
    contest({ kind: 'streak', metric: 'call', goal: 25 }),
    contest({ kind: 'streak', metric: 'revenue', goal: 500 }),
    contest({ kind: 'improvement', metric: 'new_pipeline' }),
  ];

  it.each(cases)('writes the rules of $kind ($metric) as the manager does', (c) => {
    expect(publicRulesText(c, shown)).toBe(describeRules(c, 'USD'));
  });

  it.each([
    [
      cases[2]!,
      'First to reach the revenue goal from 2 Nov to 13 Nov 2026; active reps of team East.',
    ],
    [
      cases[7]!,
      'Most consecutive working days reaching the daily revenue goal from 2 Nov to 13 Nov 2026; all active reps.',
    ],
    [cases[3]!, 'First to reach 10 demos from 2 Nov to 13 Nov 2026; all active reps.'],
  ])('leaves a money goal out when amounts are hidden (%#)', (c, text) => {
    expect(publicRulesText(c, hidden)).toBe(text);
  });

  it.each(cases)('never writes a money figure for $kind ($metric) when hidden', (c) => {
    expect(publicRulesText(c, hidden)).not.toMatch(/\$|30,000|500/);
  });
});
