// Specs for the built-in catalogue, how-to-earn sentences and the Awards table.
import { describe, expect, it } from 'vitest';
import { AWARDS_HEADER, awardsTable, builtinBadges, howToEarn } from '../../../shared/badges';
import { act, awardsOf, badge, badgeContext, d, deal, manualFact, rep, target } from './fixtures';

describe('builtinBadges', () => {
  it('has at least 20 badges with unique ids, row 0, an emoji icon, a tier and a description', () => {
    expect(builtinBadges.length).toBeGreaterThanOrEqual(20);
    expect(new Set(builtinBadges.map((b) => b.badgeId)).size).toBe(builtinBadges.length);
    for (const b of builtinBadges) {
      expect(b.row).toBe(0);
      expect(b.icon).toMatch(/\p{Extended_Pictographic}/u);
      expect(b.tier).not.toBeNull();
      expect(b.description?.length).toBeGreaterThan(5);
    }
  });

  it('covers every kind and every tier, and activity, pipeline, revenue and target lenses', () => {
    expect(new Set(builtinBadges.map((b) => b.kind))).toEqual(
      new Set([
        'threshold',
        'single_deal',
        'streak',
        'record',
        'improvement',
        'target_hit',
        'manual',
      ]),
    );
    expect(new Set(builtinBadges.map((b) => b.tier))).toEqual(
      new Set(['bronze', 'silver', 'gold', 'platinum']),
    );
    const metrics = new Set(builtinBadges.map((b) => b.metric));
    for (const m of ['call', 'demo', 'activity_points', 'new_pipeline', 'revenue', 'won_deals'])
      expect(metrics.has(m)).toBe(true);
  });

  it('gives every rule-based badge a positive threshold, except records which need none', () => {
    for (const b of builtinBadges) {
      if (b.kind === 'manual' || b.kind === 'record') continue;
      expect(b.threshold, b.badgeId).toBeGreaterThan(0);
    }
  });

  it('evaluates on a small world with the expected scarce awards', () => {
    const ctx = badgeContext({
      reps: [rep('ann')],
      activities: [act(2, 'ann', '2026-11-02 09:00', 'call', 20)],
      deals: [deal(3, 'ann', 30000, '2026-11-03 10:00')],
      targets: [target(2, 'ann', '2026-11', 'revenue', 25000)],
      asOf: '2026-11-26',
    });
    const ids = awardsOf(builtinBadges, ctx)
      .map((a) => a.badgeId)
      .sort();
    // First won deal, a $25k+ deal, and 120% of the monthly target (On Target, not Overachiever).
    expect(ids).toEqual(['big-fish', 'first-bell', 'on-target']);
  });
});

describe('howToEarn', () => {
  it.each([
    [
      badge({ kind: 'threshold', metric: 'call', threshold: 60, window: 'day' }),
      'Reach 60 calls in a day.',
    ],
    [
      badge({ kind: 'single_deal', metric: 'revenue', threshold: 25000, window: 'quarter' }),
      'Win a single deal of $25,000 or more (once a quarter at most).',
    ],
    [
      badge({ kind: 'streak', metric: 'demo', threshold: 15, window: 'day' }),
      'Log demos on 15 working days in a row (weekends and holidays are skipped).',
    ],
    [
      badge({ kind: 'streak', metric: 'revenue', threshold: 3, window: 'month' }),
      'Meet your revenue target 3 months in a row.',
    ],
    [
      badge({ kind: 'record', metric: 'revenue', threshold: null, window: 'month' }),
      'Set a new personal best for revenue in a month, after at least 3 earlier months.',
    ],
    [
      badge({ kind: 'improvement', metric: 'revenue', threshold: 50, window: 'month' }),
      "Beat your previous month's revenue by 50% or more.",
    ],
    [
      badge({ kind: 'target_hit', metric: 'revenue', threshold: 150, window: 'month' }),
      'Reach 150% of your revenue target in a month.',
    ],
    [
      badge({ kind: 'manual', metric: null, threshold: null, window: null }),
      'Awarded by your manager for outstanding work.',
    ],
  ])('explains %#', (b, text) => {
    expect(howToEarn(b, 'USD')).toBe(text);
  });
});

describe('awardsTable', () => {
  it('writes one row per award, newest first, with the badge name and tier', () => {
    const badges = [
      badge({ kind: 'threshold', badgeId: 'hat', name: 'Hat Trick', tier: 'silver' }),
    ];
    const table = awardsTable(
      [
        {
          badgeId: 'hat',
          repId: 'ann',
          earnedOn: d('2026-11-04'),
          window: '2026-W45',
          value: 3,
          fact: manualFact('2026-11-04', 7),
        },
        {
          badgeId: 'hat',
          repId: 'bob',
          earnedOn: d('2026-11-18'),
          window: '2026-W47',
          value: 4,
          fact: manualFact('2026-11-18', 9),
        },
      ],
      badges,
      'USD',
    );
    expect(table.tab).toBe('Awards');
    expect(table.header).toEqual(AWARDS_HEADER);
    expect(table.rows).toEqual([
      [
        'hat',
        'bob',
        '2026-11-18',
        '2026-W47',
        4,
        'Hat Trick: awarded on 18 Nov 2026 (Recognition row 9).',
        'Hat Trick',
        'silver',
      ],
      [
        'hat',
        'ann',
        '2026-11-04',
        '2026-W45',
        3,
        'Hat Trick: awarded on 4 Nov 2026 (Recognition row 7).',
        'Hat Trick',
        'silver',
      ],
    ]);
  });
});
