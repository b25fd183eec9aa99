// One standing fact of every kind, with the manager's words for it: shared by the renderer tests.
import type { StandingFact, TotalFact } from '../../../shared/contests';
import { atOf } from '../../../shared/time';
import { d } from './fixtures';

export function total(over: Partial<TotalFact> = {}): TotalFact {
  return {
    metric: 'revenue',
    value: 112500,
    reps: null,
    start: d('2026-11-01'),
    cutoff: d('2026-11-18'),
    sources: [
      { tab: 'Deals', row: 998 },
      { tab: 'Deals', row: 1007 },
    ],
    ...over,
  };
}

const demos = (over: Partial<TotalFact> = {}) =>
  total({ metric: 'demo', value: 12, sources: [{ tab: 'Activities', row: 5 }], ...over });

/** [name, fact, the manager's words in USD]. */
export const STANDING_CASES: readonly (readonly [string, StandingFact, string])[] = [
  [
    'upcoming',
    { kind: 'upcoming', start: d('2026-12-01') },
    'Starts 1 Dec 2026; nothing counted yet.',
  ],
  [
    'total of a rep',
    { kind: 'total', total: total() },
    '$112,500 revenue from 1 Nov to 18 Nov 2026 (Deals rows 998, 1007).',
  ],
  [
    'total of a team',
    { kind: 'total', total: total({ reps: 5 }) },
    '$112,500 revenue by 5 reps from 1 Nov to 18 Nov 2026 (Deals rows 998, 1007).',
  ],
  [
    'total of a count, one rep in the team',
    { kind: 'total', total: demos({ reps: 1, value: 1 }) },
    '1 demo by 1 rep from 1 Nov to 18 Nov 2026 (Activities row 5).',
  ],
  [
    'total before the start',
    { kind: 'total', total: demos({ cutoff: d('2026-10-31'), sources: [], value: 0 }) },
    '0 demos nothing counted yet (starts 1 Nov 2026).',
  ],
  [
    'percent_of_target',
    { kind: 'percent_of_target', pct: 66.3, total: total() },
    '66.3% of own target for the contest window: $112,500 revenue from 1 Nov to 18 Nov 2026 (Deals rows 998, 1007).',
  ],
  [
    'no_target',
    { kind: 'no_target', start: d('2026-11-01'), end: d('2026-11-30'), total: total() },
    'No revenue target covers 1 Nov to 30 Nov 2026, so no percentage; listed last. $112,500 revenue from 1 Nov to 18 Nov 2026 (Deals rows 998, 1007).',
  ],
  [
    'no_goal',
    { kind: 'no_goal', total: demos() },
    'This contest has no goal, so nobody can finish. 12 demos from 1 Nov to 18 Nov 2026 (Activities row 5).',
  ],
  [
    'goal_reached',
    {
      kind: 'goal_reached',
      goal: 30000,
      at: atOf(d('2026-11-09'), 14 * 60 + 30),
      source: { tab: 'Deals', row: 1007 },
      total: total(),
    },
    'Reached $30,000 revenue on 9 Nov 2026 at 14:30 (Deals row 1007). $112,500 revenue from 1 Nov to 18 Nov 2026 (Deals rows 998, 1007).',
  ],
  [
    'goal_reached of one demo, no source row',
    { kind: 'goal_reached', goal: 1, at: atOf(d('2026-11-09'), 0), source: null, total: demos() },
    'Reached 1 demo on 9 Nov 2026. 12 demos from 1 Nov to 18 Nov 2026 (Activities row 5).',
  ],
  [
    'goal_not_reached',
    { kind: 'goal_not_reached', goal: 150000, total: total() },
    'Not finished: $112,500 of $150,000 revenue from 1 Nov to 18 Nov 2026 (Deals rows 998, 1007).',
  ],
  [
    'no_streak',
    {
      kind: 'no_streak',
      metric: 'call',
      goal: 25,
      start: d('2026-11-02'),
      cutoff: d('2026-11-18'),
    },
    'No working day with at least 25 calls a day from 2 Nov to 18 Nov 2026.',
  ],
  [
    'no_streak before the start',
    { kind: 'no_streak', metric: 'call', goal: 1, start: d('2026-11-02'), cutoff: d('2026-11-01') },
    'No working day with at least 1 call a day nothing counted yet.',
  ],
  [
    'streak',
    {
      kind: 'streak',
      metric: 'call',
      goal: 25,
      days: 10,
      first: d('2026-11-02'),
      last: d('2026-11-13'),
      sources: [{ tab: 'Activities', row: 8446 }],
    },
    '10 working days in a row with at least 25 calls a day, 2 Nov to 13 Nov 2026 (Activities row 8446); weekends and holidays are skipped.',
  ],
  [
    'streak of one day',
    {
      kind: 'streak',
      metric: 'meeting',
      goal: 1,
      days: 1,
      first: d('2026-11-02'),
      last: d('2026-11-02'),
      sources: [],
    },
    '1 working day with at least 1 meeting a day, 2 Nov 2026; weekends and holidays are skipped.',
  ],
  [
    'streak on a money bar',
    {
      kind: 'streak',
      metric: 'revenue',
      goal: 500,
      days: 3,
      first: d('2026-11-02'),
      last: d('2026-11-04'),
      sources: [{ tab: 'Deals', row: 12 }],
    },
    '3 working days in a row with at least 500 revenue a day, 2 Nov to 4 Nov 2026 (Deals row 12); weekends and holidays are skipped.',
  ],
  [
    'no_streak on a money bar',
    {
      kind: 'no_streak',
      metric: 'revenue',
      goal: 500,
      start: d('2026-11-02'),
      cutoff: d('2026-11-18'),
    },
    'No working day with at least 500 revenue a day from 2 Nov to 18 Nov 2026.',
  ],
  ['nothing_counted', { kind: 'nothing_counted' }, 'Nothing counted yet.'],
  [
    'no_previous',
    {
      kind: 'no_previous',
      now: total(),
      before: total({ value: 0, start: d('2026-10-01'), cutoff: d('2026-10-18'), sources: [] }),
    },
    'No previous result to compare with ($0 revenue from 1 Oct to 18 Oct 2026), listed last; now $112,500 revenue from 1 Nov to 18 Nov 2026 (Deals rows 998, 1007).',
  ],
  [
    'improvement',
    {
      kind: 'improvement',
      pct: 12.5,
      now: total(),
      before: total({
        value: 100000,
        start: d('2026-10-01'),
        cutoff: d('2026-10-18'),
        sources: [{ tab: 'Deals', row: 900 }],
      }),
    },
    '+12.5%: $112,500 revenue from 1 Nov to 18 Nov 2026 (Deals rows 998, 1007) against $100,000 revenue from 1 Oct to 18 Oct 2026 (Deals row 900).',
  ],
  [
    'a fall',
    {
      kind: 'improvement',
      pct: -50,
      now: demos({ value: 6 }),
      before: demos({ start: d('2026-10-01'), cutoff: d('2026-10-18'), sources: [] }),
    },
    '-50%: 6 demos from 1 Nov to 18 Nov 2026 (Activities row 5) against 12 demos from 1 Oct to 18 Oct 2026.',
  ],
];
