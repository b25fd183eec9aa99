// Test helpers for the site: the hand-made sample snapshot, validated, and its index.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Snapshot, validateSnapshot } from '../../shared/snapshot';
import { makeFormatter } from '../../web/src/format';
import { indexSnapshot } from '../../web/src/model';

export function sampleSnapshot(): Snapshot {
  const raw = JSON.parse(
    readFileSync(join(import.meta.dirname, 'fixtures/sample-snapshot.json'), 'utf8'),
  );
  const check = validateSnapshot(raw);
  if (!check.ok) throw new Error(check.reason);
  return check.snapshot;
}

export function sampleModel() {
  const snapshot = sampleSnapshot();
  return { snapshot, index: indexSnapshot(snapshot), fmt: makeFormatter(snapshot.team, 'en-US') };
}

/** Extra contests for view tests, built from the sample's November contest and indexed with it. */
export function modelWithContests(
  make: (base: Snapshot['contests'][number]) => Snapshot['contests'],
) {
  const snapshot = sampleSnapshot();
  const base = snapshot.contests.find((c) => c.id === 'c-nov')!;
  snapshot.contests = [...snapshot.contests, ...make(base)];
  return { snapshot, index: indexSnapshot(snapshot), fmt: makeFormatter(snapshot.team, 'en-US') };
}

/** A live Call Streak contest (25+ calls a day) with values in days: Eve 14, Bob 2, Dan 2. */
export function streakContest(base: Snapshot['contests'][number]): Snapshot['contests'][number] {
  const standing = (rank: number, repId: string, value: number) => ({
    rank,
    repId,
    team: null,
    value,
    progressPct: null,
    finishedAt: null,
    explanation: `${value} working days in a row with at least 25 calls a day.`,
  });
  return {
    ...base,
    id: 'c-streak',
    name: 'Call Streak',
    kind: 'streak',
    metric: 'call',
    unit: 'count',
    goal: 25,
    prize: null,
    standings: [standing(1, 'r5', 14), standing(2, 'r2', 2), standing(3, 'r3', 2)],
    series: [
      {
        key: 'r5',
        points: [
          { day: '2026-11-02', value: 1 },
          { day: '2026-11-20', value: 14 },
        ],
      },
      { key: 'r2', points: [{ day: '2026-11-20', value: 2 }] },
    ],
  };
}

/** An upcoming contest whose standings are everyone tied at rank 1 with 0, as the engine sends. */
export function upcomingContest(base: Snapshot['contests'][number]): Snapshot['contests'][number] {
  return {
    ...base,
    id: 'c-blitz',
    name: 'December Demo Blitz',
    status: 'upcoming',
    start: '2026-12-01',
    end: '2026-12-31',
    standings: ['r5', 'r1', 'r3'].map((repId) => ({
      rank: 1,
      repId,
      team: null,
      value: 0,
      progressPct: 0,
      finishedAt: null,
      explanation: 'Starts 1 Dec 2026; nothing counted yet.',
    })),
    series: [],
  };
}
