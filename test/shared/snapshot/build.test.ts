// The snapshot builder applies the privacy model: who appears, which values, which entries.
import { describe, expect, it } from 'vitest';
import { buildSnapshot, initialsOf, serializeSnapshot } from '../../../shared/snapshot/build';
import type { SnapshotInput, SnapshotRepInput } from '../../../shared/snapshot/input';
import { validateSnapshot } from '../../../shared/snapshot/validate';
import { parseIsoDay } from '../../../shared/time';
import { AWARD_FACTS, PROGRESS_FACTS, SECRET_COURSE } from '../badges/fact-samples';

function rep(repId: string, name: string, extra: Partial<SnapshotRepInput> = {}): SnapshotRepInput {
  return {
    repId,
    name,
    team: 'North',
    avatarUrl: null,
    active: true,
    public: true,
    level: 2,
    levelTitle: 'Closer',
    xp: 40,
    nextLevelXp: 100,
    streak: { current: 3, best: 5 },
    attainment: { week: 50, month: 80, quarter: 90, year: 95 },
    ...extra,
  };
}

const NOV_1 = parseIsoDay('2026-11-01')!;
const NOV_30 = parseIsoDay('2026-11-30')!;

function revenueTotal(value: number) {
  return {
    metric: 'revenue',
    value,
    reps: null,
    start: NOV_1,
    cutoff: NOV_30 - 4,
    sources: [{ tab: 'Deals' as const, row: 7 }],
  };
}

const NOVEMBER = { kind: 'month' as const, label: '2026-11', start: NOV_1, end: NOV_30 };

function wonFact(revenue: number, row: number) {
  const sources = [{ tab: 'Deals' as const, row }];
  return { kind: 'revenue' as const, period: NOVEMBER, won: { revenue, deals: 1, sources } };
}

function input(publishAmounts = true): SnapshotInput {
  return {
    generatedAt: '2026-11-26T12:00:00.000Z',
    asOf: '2026-11-26',
    team: {
      name: 'Demo',
      currency: 'USD',
      timeZone: 'UTC',
      weekStartsOn: 'monday',
      tvTopN: 10,
      publishAmounts,
      streakDailyPoints: 30,
    },
    periods: [
      {
        kind: 'month',
        label: '2026-11',
        name: 'Nov 2026',
        start: '2026-11-01',
        end: '2026-11-30',
        previousLabel: '2026-10',
        previousName: 'Oct 2026',
      },
    ],
    reps: [
      rep('r1', 'Zoe Park'),
      rep('r2', 'Hidden Person', { public: false }),
      rep('r3', 'Gone Rep', { active: false }),
      rep('r4', 'Ann Lee', { team: 'South', avatarUrl: 'http://insecure.example/a.png' }),
    ],
    leaderboards: [
      {
        periodKind: 'month',
        period: '2026-11',
        lens: 'revenue',
        entries: [
          { repId: 'r2', rank: 1, value: 9000, previousRank: 2, fact: wonFact(9000, 3) },
          { repId: 'r1', rank: 2, value: 5000, previousRank: 1, fact: wonFact(5000, 4) },
        ],
      },
    ],
    contests: [
      {
        id: 'c1',
        name: 'Nov Revenue',
        kind: 'most',
        metric: 'revenue',
        start: '2026-11-01',
        end: '2026-11-30',
        goal: 20000,
        team: null,
        prize: 'Dinner',
        description: null,
        public: true,
        status: 'live',
        rulesHash: 'abcd1234',
        rules: {
          kind: 'most',
          metric: 'revenue',
          start: NOV_1,
          end: NOV_30,
          goal: 20000,
          team: null,
        },
        standings: [
          {
            repId: 'r2',
            team: 'North',
            rank: 1,
            value: 9000,
            progressPct: 45,
            finishedAt: null,
            fact: { kind: 'total', total: revenueTotal(9000) },
            tiedWithRank: null,
          },
          {
            repId: 'r1',
            rank: 2,
            value: 5000,
            progressPct: 25,
            finishedAt: null,
            fact: { kind: 'total', total: revenueTotal(5000) },
            tiedWithRank: null,
          },
        ],
        series: [
          { key: 'r2', points: [{ day: '2026-11-02', value: 9000 }] },
          { key: 'r1', points: [{ day: '2026-11-02', value: 4500 }] },
        ],
      },
      { ...privateContest() },
    ],
    badges: [
      {
        id: 'b1',
        name: 'Closer',
        kind: 'threshold',
        metric: 'won_deals',
        tier: 'gold',
        icon: '🏆',
        description: null,
        rule: { kind: 'threshold', metric: 'won_deals', threshold: 3, window: 'month' },
        public: true,
      },
      {
        id: 'b2',
        name: 'Secret',
        kind: 'manual',
        metric: null,
        tier: null,
        icon: null,
        description: null,
        rule: { kind: 'manual', description: null },
        public: false,
      },
    ],
    awards: [
      {
        badgeId: 'b1',
        repId: 'r1',
        earnedOn: '2026-11-20',
        window: '2026-11',
        windowName: 'Nov 2026',
        fact: { ...AWARD_FACTS.threshold, metric: 'won_deals', value: 4, threshold: 3 },
        public: true,
      },
      {
        badgeId: 'b1',
        repId: 'r2',
        earnedOn: '2026-11-21',
        window: '2026-11',
        windowName: 'Nov 2026',
        fact: { ...AWARD_FACTS.threshold, metric: 'won_deals', value: 3, threshold: 3 },
        public: true,
      },
      {
        badgeId: 'b2',
        repId: 'r1',
        earnedOn: '2026-11-22',
        window: null,
        windowName: null,
        fact: AWARD_FACTS.manual,
        public: true,
      },
    ],
    progress: [{ repId: 'r2', badgeId: 'b1', pct: 50, fact: PROGRESS_FACTS.streak_days }],
    recognition: [
      recognition('g1', 'r1', { fromRepId: 'r4' }),
      recognition('g2', 'r1', { fromRepId: 'r2' }),
      recognition('g3', 'r1', { fromText: 'boss@example.com' }),
      recognition('g4', 'r1', { fromText: 'The CEO' }),
      recognition('g5', 'r2', {}),
      recognition('g6', 'r1', { public: false }),
      recognition('g7', 'r1', { badgeId: 'b2', kind: 'award' }),
    ],
  };
}

function privateContest() {
  return {
    id: 'c2',
    name: 'Private',
    kind: 'most' as const,
    metric: 'call',
    start: '2026-11-01',
    end: '2026-11-30',
    goal: null,
    team: null,
    prize: null,
    description: null,
    public: false,
    status: 'live' as const,
    rulesHash: '00000000',
    rules: {
      kind: 'most' as const,
      metric: 'call',
      start: NOV_1,
      end: NOV_30,
      goal: null,
      team: null,
    },
    standings: [],
    series: [],
  };
}

function recognition(
  id: string,
  toRepId: string,
  extra: Partial<SnapshotInput['recognition'][number]>,
): SnapshotInput['recognition'][number] {
  return {
    id,
    date: '2026-11-20',
    kind: 'hi-five',
    toRepId,
    fromRepId: null,
    fromText: null,
    message: 'Nice work',
    caption: null,
    badgeId: null,
    contestId: null,
    public: true,
    ...extra,
  };
}

describe('buildSnapshot', () => {
  const snap = buildSnapshot(input());
  const json = serializeSnapshot(snap);

  it('produces a document valid against the snapshot schema', () => {
    expect(validateSnapshot(JSON.parse(json))).toMatchObject({ ok: true });
  });

  it("publishes the streak's daily bar, so the site says what a streak day is", () => {
    expect(snap.team.streakDailyPoints).toBe(30);
  });

  it('lists only active public reps, sorted by name', () => {
    expect(snap.reps.map((r) => r.id)).toEqual(['r4', 'r1']);
  });

  it('never names a private or inactive rep anywhere', () => {
    expect(json).not.toContain('Hidden Person');
    expect(json).not.toContain('"r2"');
    expect(json).not.toContain('Gone Rep');
  });

  it('leaves out a lone private rep and ranks the others among themselves', () => {
    const entries = snap.leaderboards[0]?.entries ?? [];
    expect(entries.map((e) => [e.rank, e.repId, e.previousRank])).toEqual([[1, 'r1', 1]]);
    expect(snap.contests[0]?.standings.map((s) => [s.rank, s.repId])).toEqual([[1, 'r1']]);
    expect(snap.contests[0]?.series.map((s) => s.key)).toEqual(['r1']);
  });

  it('still counts private reps in team sizes', () => {
    expect(snap.teams).toEqual([
      { name: 'North', repCount: 2 },
      { name: 'South', repCount: 1 },
    ]);
  });

  it('drops private contests and badges, and awards of private badges or reps', () => {
    expect(snap.contests.map((c) => c.id)).toEqual(['c1']);
    expect(snap.badges.map((b) => b.id)).toEqual(['b1']);
    expect(snap.awards.map((a) => [a.badgeId, a.repId])).toEqual([['b1', 'r1']]);
    expect(snap.progress).toEqual([]);
  });

  it('counts only the published holders of a public badge', () => {
    expect(snap.badges[0]?.holders).toBe(1);
  });

  it('publishes only public recognition to public reps, naming senders only when allowed', () => {
    expect(snap.recognition.map((r) => [r.id, r.from])).toEqual([
      ['g1', 'Ann Lee'],
      ['g2', null],
      ['g3', null],
      ['g4', 'The CEO'],
    ]);
  });

  it("never publishes a hidden rep's typed name or an email, as sender or in a message", () => {
    const base = input();
    const snapshot = buildSnapshot({
      ...base,
      recognition: [
        recognition('h1', 'r1', { fromText: 'hidden  PERSON', message: 'From Hidden Person' }),
        recognition('h2', 'r1', {
          fromText: 'zoe park',
          message: 'Mail gone.rep@example.com, Gone Rep!',
        }),
      ],
    });
    expect(snapshot.recognition.map((r) => [r.from, r.message])).toEqual([
      [null, 'From a teammate'],
      ['Zoe Park', 'Mail [email hidden], a teammate!'],
    ]);
  });

  it('draws race lines for the named leaders only', () => {
    const base = input();
    const c1 = base.contests[0]!;
    const ids = ['r2', 'r1', 'r4', 'x1', 'x2', 'x3', 'x4'];
    const snapshot = buildSnapshot({
      ...base,
      contests: [
        {
          ...c1,
          standings: ids.map((repId, i) => ({ ...c1.standings[1]!, repId, rank: i + 1 })),
          series: [...ids].reverse().map((key) => ({ key, points: [] })),
        },
      ],
    });
    expect(snapshot.contests[0]?.standings).toHaveLength(7);
    expect(snapshot.contests[0]?.series.map((s) => s.key)).toEqual(['r4', 'r1']);
  });

  it('drops avatar URLs that are not https', () => {
    expect(snap.reps.find((r) => r.id === 'r4')?.avatarUrl).toBeNull();
  });

  it('hides money values, goals and race amounts when publish_amounts is no', () => {
    const hidden = buildSnapshot(input(false));
    expect(hidden.leaderboards[0]?.entries.map((e) => e.value)).toEqual([null]);
    const contest = hidden.contests[0];
    expect(contest?.goal).toBeNull();
    expect(contest?.standings.map((s) => [s.value, s.progressPct])).toEqual([[null, null]]);
    // A race line rescaled to the leader still gives every amount from one of them: none drawn.
    expect(contest?.series).toEqual([]);
    expect(hidden.leaderboards[0]?.entries[0]?.explanation).toBe(
      'Nov 2026: 1 won deal (Deals row 4)',
    );
    expect(contest?.standings[0]?.explanation).toBe(
      'Revenue from 1 Nov to 26 Nov 2026 (Deals row 7).',
    );
    expect(contest?.rules).toBe(
      'Highest total of revenue from 1 Nov to 30 Nov 2026; all active reps.',
    );
    expect(validateSnapshot(JSON.parse(serializeSnapshot(hidden)))).toMatchObject({ ok: true });
  });

  it('writes explanations from the facts, money included when amounts are published', () => {
    expect(snap.leaderboards[0]?.entries[0]?.explanation).toBe(
      'Nov 2026: $5,000 won from 1 won deal (Deals row 4)',
    );
    expect(snap.contests[0]?.standings[0]?.explanation).toBe(
      '$5,000 revenue from 1 Nov to 26 Nov 2026 (Deals row 7).',
    );
  });

  it('is byte-identical for the same input', () => {
    expect(serializeSnapshot(buildSnapshot(input()))).toBe(json);
  });

  it('serializes pretty by default and compact on request, to the same document', () => {
    const compact = serializeSnapshot(snap, { pretty: false });
    expect(json).toContain('\n  "schema"');
    expect(compact).not.toContain('\n  ');
    expect(compact.endsWith('}\n')).toBe(true);
    expect(JSON.parse(compact)).toEqual(JSON.parse(json));
  });
});

describe('initialsOf', () => {
  it.each([
    ['Zoe Park', 'ZP'],
    ['Ann Marie Lee', 'AL'],
    ['prince', 'P'],
    ['  ', ''],
    ['Émile Zola', 'ÉZ'],
  ])('%s -> %s', (name, expected) => {
    expect(initialsOf(name)).toBe(expected);
  });
});

describe('validateSnapshot', () => {
  it.each([
    [null, 'not a JSON object'],
    [{ schema: 'other' }, 'not a Bellringer snapshot'],
    [{ schema: 'bellringer.snapshot', version: 99 }, 'version 99'],
    [{ schema: 'bellringer.snapshot', version: 1 }, 'does not match its schema'],
  ])('explains why %j is refused', (data, reason) => {
    const check = validateSnapshot(data);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain(reason);
  });

  it('refuses fields outside the allowlist', () => {
    const snap = JSON.parse(serializeSnapshot(buildSnapshot(input())));
    snap.reps[0].email = 'leak@example.com';
    expect(validateSnapshot(snap).ok).toBe(false);
  });
});

describe('buildSnapshot: badge, award, progress and feed words from facts', () => {
  /** A public money badge with an award, progress and a big-deal entry for the public rep r1. */
  function withFacts(publishAmounts: boolean): SnapshotInput {
    const base = input(publishAmounts);
    const learner = {
      ...base.badges[0]!,
      id: 'learn',
      name: 'Learner',
      kind: 'manual',
      rule: { kind: 'manual' as const, description: null },
    };
    const money = {
      ...base.badges[0]!,
      id: 'big',
      name: 'Big Fish',
      kind: 'single_deal',
      rule: { kind: 'single_deal' as const, threshold: 2000000, window: 'quarter' as const },
    };
    const award = (badgeId: string, fact: SnapshotInput['awards'][number]['fact']) => ({
      badgeId,
      repId: 'r1',
      earnedOn: '2026-11-12',
      window: null,
      windowName: null,
      fact,
      public: true,
    });
    return {
      ...base,
      badges: [...base.badges, learner, money],
      awards: [award('learn', AWARD_FACTS.training), award('big', AWARD_FACTS.single_deal)],
      progress: [{ repId: 'r1', badgeId: 'big', pct: 88.3, fact: PROGRESS_FACTS.single_deal }],
      recognition: [
        recognition('deal-D1', 'r1', {
          kind: 'big_deal',
          message: null,
          caption: {
            kind: 'big_deal',
            amount: 2345678,
            source: { tab: 'Deals', row: 3 },
          },
        }),
      ],
    };
  }
  const badgeParts = (s: ReturnType<typeof buildSnapshot>) =>
    JSON.stringify([s.badges, s.awards, s.progress, s.recognition]);

  it('writes the public words of each fact, amounts shown when published', () => {
    const snap = buildSnapshot(withFacts(true));
    expect(snap.badges.find((b) => b.id === 'b1')?.howToEarn).toBe('Reach 3 won deals in a month.');
    expect(snap.awards.map((a) => a.explanation)).toEqual([
      'Learner: completed 2 courses, the last on 2026-11-12 (Training rows 2, 4).',
      'Big Fish: won a deal of $2,345,678 on 12 Nov 2026 (Deals row 51); $2,000,000 or more earns it.',
    ]);
    expect(snap.progress.map((p) => p.explanation)).toEqual([
      'Biggest won deal in Q3 2026: $1,765,432 of $2,000,000 needed.',
    ]);
    expect(snap.recognition.map((r) => r.message)).toEqual(['Closed a big deal: $2,345,678.']);
  });

  it('with publish_amounts = no, the badge parts hold no amount (the control above shows them)', () => {
    const text = badgeParts(buildSnapshot(withFacts(false)));
    expect(text).not.toMatch(/\$|2,345,678|2,000,000|1,765,432/);
    expect(text).toContain('won a deal big enough on 12 Nov 2026');
  });

  it('never publishes a training course name, planted in the fact (private Training tab)', () => {
    for (const publishAmounts of [true, false]) {
      const built = withFacts(publishAmounts);
      expect(JSON.stringify(built.awards)).toContain(SECRET_COURSE); // the control: it is there
      expect(serializeSnapshot(buildSnapshot(built))).not.toContain(SECRET_COURSE);
    }
  });
});
