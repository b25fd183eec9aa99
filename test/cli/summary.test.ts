// CLI summary words: one case per summary fact kind, and the facts read from a snapshot.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUMMARY_WORDS, snapshotSummary, summaryText } from '../../cli/summary';
import { type SummaryFact, summaryFacts } from '../../cli/summary-facts';
import type { Snapshot } from '../../shared/snapshot/schema';
import { formatIsoDay } from '../../shared/format';

const CASES: readonly (readonly [SummaryFact, string])[] = [
  [
    { kind: 'team', name: 'Summit Sales', asOf: '2026-11-18', timeZone: 'America/New_York' },
    'Summit Sales, as of 18 Nov 2026 (America/New_York)',
  ],
  [{ kind: 'blank' }, ''],
  [{ kind: 'month', period: '2026-11' }, 'This month (2026-11):'],
  [
    {
      kind: 'board',
      lens: 'revenue',
      unit: 'money',
      top: [
        { rank: 1, who: 'Ann', value: 42400 },
        { rank: 2, who: null, value: null },
      ],
    },
    '  Revenue          1. Ann $42,400   2. a private rep —',
  ],
  [
    { kind: 'board', lens: 'improvement', unit: 'pct_points', top: [] },
    '  Most improved    (no entries yet)',
  ],
  [{ kind: 'live_contests', count: 0 }, 'No live contests.'],
  [{ kind: 'live_contests', count: 2 }, 'Live contests:'],
  [
    {
      kind: 'live_contest',
      name: 'Call Streak',
      end: '2026-11-27',
      contestKind: 'streak',
      unit: 'count',
      leader: { rank: 1, who: 'Ann', value: 9 },
      withheldTeams: [],
    },
    '  Call Streak (until 27 Nov 2026): Ann leads with 9 working days in a row',
  ],
  [
    {
      kind: 'live_contest',
      name: 'Team Cup',
      end: '2026-11-30',
      contestKind: 'team',
      unit: 'money',
      leader: null,
      withheldTeams: [],
    },
    '  Team Cup (until 30 Nov 2026): no entries yet',
  ],
  [
    {
      kind: 'live_contest',
      name: 'North vs South',
      end: '2026-12-31',
      contestKind: 'team',
      unit: 'money',
      leader: null,
      withheldTeams: ['North'],
    },
    "  North vs South (until 31 Dec 2026): North's total is not published (it includes reps who are not listed publicly), so no team is ranked here.",
  ],
  [{ kind: 'recent_badges', count: 0 }, 'No badges earned yet.'],
  [{ kind: 'recent_badges', count: 1 }, 'Recent badges:'],
  [
    { kind: 'recent_badge', earnedOn: '2026-11-17', icon: '🔥', name: 'On Fire', who: 'Ann' },
    '  17 Nov 2026  🔥 On Fire: Ann',
  ],
  [
    { kind: 'recent_badge', earnedOn: '2026-11-17', icon: null, name: 'closer', who: null },
    '  17 Nov 2026  closer: a private rep',
  ],
];

describe('summaryText', () => {
  it.each(CASES)('writes %j', (fact, text) => {
    expect(summaryText(fact, 'USD')).toBe(text);
  });

  it('covers every fact kind', () => {
    const kinds = new Set(CASES.map(([f]) => f.kind));
    expect([...kinds].sort()).toEqual(Object.keys(SUMMARY_WORDS).sort());
  });
});

describe('summaryFacts', () => {
  const snapshot = JSON.parse(
    readFileSync(resolve(__dirname, '../fixtures/golden/site/snapshot.json'), 'utf8'),
  ) as Snapshot;

  it('reads the month boards, the live contests and the five newest badges', () => {
    const facts = summaryFacts(snapshot, 2);
    const kinds = facts.map((f) => f.kind);
    expect(kinds.filter((k) => k === 'board')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'recent_badge')).toHaveLength(5);
    const live = snapshot.contests.filter((c) => c.status === 'live').length;
    expect(kinds.filter((k) => k === 'live_contest')).toHaveLength(live);
    for (const f of facts) if (f.kind === 'board') expect(f.top.length).toBeLessThanOrEqual(2);
  });

  it('is what snapshotSummary writes, line for line', () => {
    const lines = snapshotSummary(snapshot);
    expect(lines).toEqual(summaryFacts(snapshot).map((f) => summaryText(f, 'USD')));
    expect(lines[0]).toBe(
      `${snapshot.team.name}, as of ${formatIsoDay(snapshot.asOf)} (${snapshot.team.timeZone})`,
    );
  });
});
