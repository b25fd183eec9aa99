// With publish_amounts = no, no public contest or leaderboard sentence carries a figure of money.
import { describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../../../shared/demo';
import { runEngine } from '../../../../shared/engine';
import type { Grid, WorkbookGrids } from '../../../../shared/workbook/grid';

/** Extra money contests of every kind, so each money wording is met (the demo has most of them). */
const MONEY_CONTESTS: Grid = [
  [
    'X-MOST',
    'Most pipeline',
    'most',
    'new_pipeline',
    '2026-11-01',
    '2026-11-30',
    '',
    '',
    '',
    '',
    'yes',
  ],
  [
    'X-PCT',
    'Pct',
    'percent_of_target',
    'revenue',
    '2026-11-01',
    '2026-11-30',
    '',
    '',
    '',
    '',
    'yes',
  ],
  ['X-FIRST', 'First', 'first_to', 'revenue', '2026-11-01', '2026-11-30', 20000, '', '', '', 'yes'],
  ['X-FAR', 'Far', 'first_to', 'revenue', '2026-11-01', '2026-11-30', 9000000, '', '', '', 'yes'],
  ['X-TEAM', 'Team', 'team', 'revenue', '2026-11-01', '2026-11-30', '', '', '', '', 'yes'],
  ['X-STREAK', 'Streak', 'streak', 'revenue', '2026-11-01', '2026-11-30', 1500, '', '', '', 'yes'],
  ['X-UP', 'Improve', 'improvement', 'revenue', '2026-11-01', '2026-11-30', '', '', '', '', 'yes'],
  ['X-NEXT', 'Next', 'first_to', 'revenue', '2026-12-01', '2026-12-31', 20000, '', '', '', 'yes'],
];

function withSettings(grids: WorkbookGrids, currency: string, publish: boolean): WorkbookGrids {
  const settings = (grids.Settings ?? []).filter(
    (r) => r[0] !== 'publish_amounts' && r[0] !== 'currency',
  );
  return {
    ...grids,
    Settings: [...settings, ['publish_amounts', publish ? 'yes' : 'no'], ['currency', currency]],
    Contests: [...(grids.Contests ?? []), ...MONEY_CONTESTS],
  };
}

function publicTexts(currency: string, publish = false): string[] {
  const demo = generateDemoWorkbook({ seed: 11, asOf: '2026-11-18' });
  const grids = withSettings(demo, currency, publish);
  const { snapshot } = runEngine(grids, {
    now: new Date('2026-11-18T17:00:00Z'),
    defaultTimeZone: 'UTC',
    asOf: '2026-11-18',
  });
  return [
    ...snapshot.leaderboards.flatMap((b) => b.entries.map((e) => e.explanation)),
    ...snapshot.contests.flatMap((c) => [c.rules, ...c.standings.map((s) => s.explanation)]),
  ];
}

describe('public contest and leaderboard words with amounts hidden', () => {
  it.each([
    ['USD', /\$/],
    ['SEK', /\d SEK/],
    ['EUR', /€/],
  ])('write no %s figure anywhere', (currency, money) => {
    const texts = publicTexts(currency);
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((t) => money.test(t))).toEqual([]);
    // The money goals of the contests above, written as the manager would.
    expect(texts.filter((t) => /20,000|9,000,000|1,500 revenue|1500 revenue/.test(t))).toEqual([]);
    // Rows stay: the sentences still say which deals counted.
    expect(texts.some((t) => t.includes('(Deals rows'))).toBe(true);
  });

  it('would see the figures: published, the same sentences carry them', () => {
    const texts = publicTexts('USD', true);
    expect(texts.filter((t) => /\$/.test(t)).length).toBeGreaterThan(50);
    expect(texts.some((t) => t.includes('$20,000 revenue'))).toBe(true);
  });
});
