// Specs for the recognition feed: manual and automatic entries, big-deal bar, order and privacy.
import { describe, expect, it } from 'vitest';
import type { Award } from '../../../shared/badges';
import type { BadgeDef } from '../../../shared/workbook';
import type { ContestResult } from '../../../shared/contests';
import {
  bigDealBar,
  buildFeed,
  type FeedEntry,
  type FeedInput,
  feedWords,
  median,
} from '../../../shared/recognition';
import { DEFAULT_CALENDAR } from '../../../shared/time/calendar';
import { isoDay } from '../../../shared/time/day';
import { badge, d, deal, manualFact, recognition, rep } from '../badges/fixtures';
import { contest } from '../contests/fixtures';

const reps = [
  rep('ann', { name: 'Ann', team: 'East' }),
  rep('bob', { name: 'Bob', team: 'East' }),
  rep('cat', { name: 'Cat', team: 'West' }),
  rep('old', { active: false }),
];

function input(over: Partial<FeedInput>): FeedInput {
  return {
    reps,
    recognition: [],
    badges: [],
    awards: [],
    contests: [],
    deals: [],
    bigDealAmount: null,
    asOf: d('2026-11-26'),
    calendar: DEFAULT_CALENDAR,
    ...over,
  };
}

/** An entry's words as the manager reads them (a message as typed, or the caption's words). */
function said(e: FeedEntry, badges: readonly BadgeDef[] = []): string | null {
  return feedWords(e, new Map(badges.map((b) => [b.badgeId, b])), 'USD');
}

function finalResult(
  kind: 'most' | 'team',
  standings: { rank: number; repId: string | null; team: string | null }[],
  status: ContestResult['status'] = 'final',
): ContestResult {
  const c = contest({ kind, contestId: 'C9', name: 'November Cup', end: d('2026-11-20') });
  return {
    contest: c,
    status,
    rulesHash: '00000000',
    window: { start: c.start, end: c.end, cutoff: c.end },
    standings: standings.map((s) => ({
      ...s,
      contestId: 'C9',
      value: 1,
      progressPct: 100,
      finishedAt: null,
      fact: { kind: 'nothing_counted' as const },
      tiedWithRank: null,
    })),
    series: [],
  };
}

describe('median and bigDealBar', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[9, 1, 5], 5],
    [[1, 2, 3, 10], 2.5],
  ])('median of %j is %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('uses the setting when given, else twice the median won deal (lost and open deals ignored)', () => {
    const deals = [
      deal(2, 'ann', 1000, '2026-11-02'),
      deal(3, 'ann', 3000, '2026-11-03'),
      deal(4, 'ann', 2000, '2026-11-04'),
      deal(5, 'ann', 99000, '2026-11-04', 'lost'),
    ];
    expect(bigDealBar(deals, 50000)).toBe(50000);
    expect(bigDealBar(deals, null)).toBe(4000);
    expect(bigDealBar([], null)).toBeNull();
  });
});

describe('buildFeed', () => {
  it('turns manual rows into entries with the sender by name, never an email', () => {
    const feed = buildFeed(
      input({
        recognition: [
          recognition(2, 'ann', '2026-11-05', {
            kind: 'shout-out',
            from: 'bob',
            fromRepId: 'bob',
            message: 'Saved the Acme demo',
          }),
          recognition(3, 'bob', '2026-11-06', { from: 'boss@example.com', message: 'Nice' }),
          recognition(4, 'old', '2026-11-06'), // inactive rep
          recognition(5, 'ann', '2026-11-30'), // after asOf
        ],
      }),
    );
    expect(feed).toEqual([
      {
        id: 'rec-3',
        day: d('2026-11-06'),
        kind: 'hi-five',
        toRepId: 'bob',
        from: null,
        fromRepId: null,
        fromText: null,
        message: 'Nice',
        caption: null,
        badgeId: null,
        contestId: null,
        public: true,
      },
      {
        id: 'rec-2',
        day: d('2026-11-05'),
        kind: 'shout-out',
        toRepId: 'ann',
        from: 'Bob',
        fromRepId: 'bob',
        fromText: null,
        message: 'Saved the Acme demo',
        caption: null,
        badgeId: null,
        contestId: null,
        public: true,
      },
    ]);
  });

  it('adds badge entries with the badge public flag, but not for awards given through a Recognition row', () => {
    const badges = [
      badge({
        kind: 'threshold',
        badgeId: 'hat',
        name: 'Hat Trick',
        icon: '🎩',
        tier: 'silver',
        public: false,
      }),
      badge({ kind: 'manual', badgeId: 'mvp' }),
      badge({ kind: 'manual', badgeId: 'course', name: 'Course Complete', icon: '🎓', tier: null }),
    ];
    const award = (badgeId: string, window: string | null, value: number | null): Award => ({
      badgeId,
      repId: 'ann',
      earnedOn: d('2026-11-04'),
      window,
      value,
      fact: manualFact('2026-11-04'),
    });
    const feed = buildFeed(
      input({
        badges,
        awards: [award('hat', '2026-W45', 3), award('mvp', null, null), award('course', null, 1)],
        recognition: [
          recognition(2, 'ann', '2026-11-04', { kind: 'award', badgeId: 'mvp', message: 'MVP!' }),
        ],
      }),
    );
    expect(
      feed
        .filter((e) => e.kind === 'badge')
        .map((e) => [e.id, e.kind, said(e, badges), e.badgeId, e.public]),
    ).toEqual([
      ['badge-course-ann-2026-11-04', 'badge', 'Earned 🎓 Course Complete.', 'course', true],
      [
        'badge-hat-ann-2026-W45',
        'badge',
        'Earned 🎩 Hat Trick (silver) for Week 45, 2026.',
        'hat',
        false,
      ],
    ]);
    expect(feed.filter((e) => e.badgeId === 'mvp').map((e) => e.kind)).toEqual(['award']);
  });

  // A July fiscal year: FY2027 runs Jul 2026 to Jun 2027, so its Q1 is Jul-Sep 2026.
  const july = { ...DEFAULT_CALENDAR, fiscalYearStartMonth: 7 };
  it.each([
    [DEFAULT_CALENDAR, '2026-Q4', 'for Q4 2026.'],
    [july, '2027-Q1', 'for FY2027 Q1.'],
    [july, '2027', 'for FY2027.'],
    [july, '2026-11', 'for Nov 2026.'],
    [july, 'lifetime', 'for lifetime.'],
  ])('names a badge window in the team calendar (%#: %s)', (calendar, window, ending) => {
    const badges = [badge({ kind: 'threshold', badgeId: 'hat', name: 'Hat Trick', icon: null })];
    const award: Award = {
      badgeId: 'hat',
      repId: 'ann',
      earnedOn: d('2026-11-04'),
      window,
      value: 3,
      fact: manualFact('2026-11-04'),
    };
    const [entry] = buildFeed(input({ badges, awards: [award], calendar }));
    expect(said(entry!, badges)).toBe('Earned Hat Trick (silver) ' + ending);
    expect(entry?.id).toBe('badge-hat-ann-' + window);
  });

  it('adds contest wins of final contests only, one per member of a winning team', () => {
    const live = finalResult('most', [{ rank: 1, repId: 'cat', team: 'West' }], 'live');
    const team = finalResult('team', [
      { rank: 1, repId: null, team: 'East' },
      { rank: 2, repId: null, team: 'West' },
    ]);
    const feed = buildFeed(input({ contests: [live, team] }));
    expect(feed.map((e) => [e.id, e.toRepId, isoDay(e.day), said(e), e.contestId])).toEqual([
      ['contest-C9-ann', 'ann', '2026-11-20', 'Won November Cup with team East.', 'C9'],
      ['contest-C9-bob', 'bob', '2026-11-20', 'Won November Cup with team East.', 'C9'],
    ]);
  });

  it('adds big deals at or over the bar, with the amount and row but not the account', () => {
    const deals = [
      deal(2, 'ann', 1000, '2026-11-02'),
      deal(3, 'ann', 2000, '2026-11-03'),
      deal(4, 'bob', 5000, '2026-11-04 15:00'),
      deal(5, 'cat', 4000, '2026-11-04 16:00'),
    ];
    // Median won deal 3,000 -> bar 6,000: nothing. With the setting at 4,000: Bob and Cat.
    expect(buildFeed(input({ deals }))).toEqual([]);
    const feed = buildFeed(input({ deals, bigDealAmount: 4000 }));
    expect(feed.map((e) => [e.id, e.toRepId])).toEqual([
      ['deal-row-5', 'cat'],
      ['deal-row-4', 'bob'],
    ]);
    expect(feed[1]!.caption).toEqual({
      kind: 'big_deal',
      amount: 5000,
      source: { tab: 'Deals', row: 4 },
    });
    expect(said(feed[1]!)).toBe('Closed a big deal: $5,000.');
    expect(feed.every((e) => e.message === null && !said(e)!.includes('Account'))).toBe(true);
  });

  it('orders newest day first, then later minute, then kind, then id', () => {
    const feed = buildFeed(
      input({
        recognition: [
          recognition(2, 'ann', '2026-11-05', { at: d('2026-11-05') * 1440 + 600 }),
          recognition(3, 'bob', '2026-11-05', { at: d('2026-11-05') * 1440 + 900 }),
          recognition(4, 'cat', '2026-11-05', {
            at: d('2026-11-05') * 1440 + 600,
            kind: 'shout-out',
          }),
          recognition(9, 'ann', '2026-11-05', {
            at: d('2026-11-05') * 1440 + 600,
            kind: 'shout-out',
          }),
          recognition(5, 'cat', '2026-11-07'),
        ],
      }),
    );
    // 7 Nov first; on 5 Nov 15:00 (rec-3), then the 10:00 ones: shout-outs (rec-4, rec-9 by id) before the hi-five.
    expect(feed.map((e) => e.id)).toEqual(['rec-5', 'rec-3', 'rec-4', 'rec-9', 'rec-2']);
  });
});
