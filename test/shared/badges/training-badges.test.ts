// Training badges earned from completed courses.
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../shared/engine';
import { isoDay } from '../../../shared/time/day';
import {
  awardWords,
  type TrainingBadgeDef,
  type TrainingCompletion,
  trainingBadgeAwards,
} from '../../../shared/badges';
import { normalizeMetric } from '../../../shared/workbook/names';
import { d } from './fixtures';

const AS_OF = d('2026-11-26');

function done(
  row: number,
  course: string,
  category: 'product' | 'technique' | null,
  completed: string | null,
): TrainingCompletion {
  return {
    row,
    repId: 'r1',
    course,
    category,
    completed: completed === null ? null : d(completed),
  };
}

const TRAINING = [
  done(2, 'Platform Fundamentals', 'product', '2026-10-20'),
  done(3, 'Discovery Questions', 'technique', '2026-11-05'),
  done(4, 'Analytics Deep Dive', 'product', '2026-11-12'),
  done(5, 'Negotiation Basics', 'technique', null),
  done(6, 'Winter Release', 'product', '2026-11-30'),
];

function badge(
  metric: string | null,
  threshold: number | null,
  kind: TrainingBadgeDef['kind'] = 'manual',
): TrainingBadgeDef {
  // The Badges tab normalises metric names the same way.
  return {
    badgeId: 'B',
    name: 'Learner',
    kind,
    metric: metric === null ? null : normalizeMetric(metric),
    threshold,
    public: true,
  };
}

describe('trainingBadgeAwards', () => {
  it.each<[string, TrainingBadgeDef, string | null]>([
    ['one named course, matched loosely', badge('platform fundamentals', null), '2026-10-20'],
    ['any course, the first completion', badge('Training', null), '2026-10-20'],
    ['three courses: the day the third was done', badge('training', 3), '2026-11-12'],
    ['four courses: not yet (one open, one done after the as-of day)', badge('training', 4), null],
    ['two product courses', badge('product', 2), '2026-11-12'],
    ['a technique course', badge('technique', 1), '2026-11-05'],
    ['an unfinished course gives nothing', badge('Negotiation Basics', null), null],
    ['a course done after the as-of day gives nothing yet', badge('Winter Release', null), null],
    ['only manual badges are training badges', badge('training', 1, 'threshold'), null],
    [
      'a manual badge without a metric is awarded from Recognition, not here',
      badge(null, null),
      null,
    ],
  ])('%s', (_name, def, earned) => {
    const awards = trainingBadgeAwards({
      workbook: { reps: [{ repId: 'r1' }], training: TRAINING },
      badges: [def],
      asOf: AS_OF,
    });
    expect(awards.map((a) => isoDay(a.earnedOn))).toEqual(earned === null ? [] : [earned]);
  });

  it("the manager's words name the courses and the rows", () => {
    const [a] = trainingBadgeAwards({
      workbook: { reps: [{ repId: 'r1' }], training: TRAINING },
      badges: [badge('product', 2)],
      asOf: AS_OF,
    });
    expect(awardWords(a!, 'Learner', 'USD')).toBe(
      'Learner: completed Platform Fundamentals on 2026-10-20 (Training row 2), Analytics Deep Dive on 2026-11-12 (Training row 4).',
    );
  });
});

describe('a training badge through the engine', () => {
  // A unique course name: the Training tab is private, so it may be in the Awards tab only.
  const TOKEN = 'Qx81 Hidden Course Kz';
  const result = runEngine(
    {
      Reps: [
        ['rep_id', 'name', 'public'],
        ['r1', 'Ada', 'yes'],
      ],
      Badges: [
        ['badge_id', 'name', 'kind', 'metric', 'threshold', 'public'],
        ['learner', 'Learner', 'manual', 'training', 1, 'yes'],
      ],
      Training: [
        ['rep_id', 'course', 'category', 'completed'],
        ['r1', TOKEN, 'product', '2026-11-10'],
      ],
    },
    { now: new Date('2026-11-26T12:00:00Z'), defaultTimeZone: 'UTC', asOf: '2026-11-26' },
  );

  it('is earned and explained with the course for the manager (the control)', () => {
    const awards = result.tables.find((t) => t.tab === 'Awards')!;
    expect(awards.rows.map((r) => r[5])).toEqual([
      `Learner: completed ${TOKEN} on 2026-11-10 (Training row 2).`,
    ]);
  });

  it('is published without the course name', () => {
    expect(result.snapshot.awards.map((a) => a.explanation)).toEqual([
      'Learner: completed 1 course, the last on 2026-11-10 (Training row 2).',
    ]);
    expect(JSON.stringify(result.snapshot)).not.toContain(TOKEN);
    expect(JSON.stringify(result.snapshot)).not.toMatch(/Qx81|Kz\b/);
  });
});
