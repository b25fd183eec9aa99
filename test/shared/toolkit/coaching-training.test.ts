// Coaching cadence and follow-ups, training due, overdue and completion.
import { describe, expect, it } from 'vitest';
import {
  coachingHistory,
  coachingReport,
  stateOf,
  type ToolkitCoaching,
  type ToolkitTraining,
  trainingReport,
} from '../../../shared/toolkit';
import { d, rep, workbook } from './fixtures';

const AS_OF = d('2026-11-26');

function session(day: string, over: Partial<ToolkitCoaching> = {}): ToolkitCoaching {
  return {
    row: 2,
    day: d(day),
    repId: 'r1',
    coach: 'Mia',
    focus: null,
    feedback: null,
    nextStep: null,
    followUp: null,
    ...over,
  };
}

describe('coaching cadence (every 14 days)', () => {
  it.each<[string, string[], string | null, number | null, boolean]>([
    ['14 days since the last session is on cadence', ['2026-11-12'], '2024-01-01', 14, false],
    ['15 days since the last session is overdue', ['2026-11-11'], '2024-01-01', 15, true],
    ['the latest session counts', ['2026-10-01', '2026-11-20'], '2024-01-01', 6, false],
    [
      'a session after the as-of day does not count',
      ['2026-10-01', '2026-11-30'],
      '2024-01-01',
      56,
      true,
    ],
    ['never coached counts from the start date', [], '2026-11-20', 6, false],
    ['never coached, started long ago, is overdue', [], '2026-10-01', 56, true],
    ['never coached with no start date is overdue', [], null, null, true],
  ])('%s', (_name, days, start, since, overdue) => {
    const wb = workbook({
      reps: [rep('r1', { startDate: start === null ? null : d(start) })],
      coaching: days.map((x, i) => session(x, { row: i + 2 })),
    });
    const [c] = coachingReport(wb, AS_OF).cadence;
    expect(c!.daysSince).toBe(since);
    expect(c!.overdue).toBe(overdue);
  });

  it('ignores inactive reps and sessions of other reps', () => {
    const wb = workbook({
      reps: [rep('r1', { active: false }), rep('r2')],
      coaching: [session('2026-11-25', { repId: 'r1' })],
    });
    const out = coachingReport(wb, AS_OF).cadence;
    expect(out.map((c) => [c.repId, c.overdue])).toEqual([['r2', true]]);
  });
});

describe('coaching follow-ups', () => {
  it.each<[string, string, string[], string]>([
    ['a past follow-up with no later session is overdue', '2026-11-20', [], 'overdue'],
    ['a later session closes it', '2026-11-20', ['2026-11-22'], 'done'],
    ['a follow-up today is due', '2026-11-26', [], 'due'],
    ['a follow-up within 7 days is due', '2026-12-03', [], 'due'],
    ['a follow-up further out is upcoming', '2026-12-04', [], 'upcoming'],
    [
      'a session later than the as-of day does not close it',
      '2026-11-20',
      ['2026-11-27'],
      'overdue',
    ],
  ])('%s', (_name, followUp, later, state) => {
    const wb = workbook({
      reps: [rep('r1')],
      coaching: [
        session('2026-11-10', { followUp: d(followUp), nextStep: 'Role-play objections' }),
        ...later.map((x, i) => session(x, { row: 3 + i })),
      ],
    });
    const [f] = coachingReport(wb, AS_OF).followUps;
    expect(f!.state).toBe(state);
  });
});

describe('coaching per month and history', () => {
  it('counts sessions per rep per month with the distinct topics worked on', () => {
    const wb = workbook({
      reps: [rep('r1')],
      coaching: [
        session('2026-10-30', { row: 5, focus: 'discovery' }),
        session('2026-11-02', { row: 3, focus: 'closing' }),
        session('2026-10-05', { row: 4, focus: 'discovery' }),
        session('2026-11-20', { row: 2, focus: 'pipeline' }),
        session('2026-11-21', { row: 6, focus: 'closing' }),
      ],
    });
    expect(coachingReport(wb, AS_OF).months).toEqual([
      { repId: 'r1', month: '2026-10', sessions: 2, focus: ['discovery'] },
      { repId: 'r1', month: '2026-11', sessions: 3, focus: ['closing', 'pipeline'] },
    ]);
    expect(coachingHistory(wb, 'r1', AS_OF).map((c) => c.row)).toEqual([6, 2, 3, 5, 4]);
  });
});

function course(over: Partial<ToolkitTraining> = {}): ToolkitTraining {
  return {
    row: 2,
    repId: 'r1',
    course: 'Discovery calls',
    category: 'technique',
    assigned: d('2026-11-01'),
    due: null,
    completed: null,
    score: null,
    ...over,
  };
}

describe('training assignments', () => {
  it.each<[string, string | null, string | null, string]>([
    ['completed on or before the as-of day', '2026-11-01', '2026-11-20', 'completed'],
    ['completed late is still completed', '2026-11-01', '2026-11-25', 'completed'],
    ['a completion after the as-of day does not count yet', '2026-11-20', '2026-11-27', 'overdue'],
    ['past due and not completed is overdue', '2026-11-25', null, 'overdue'],
    ['due today is due', '2026-11-26', null, 'due'],
    ['due within 7 days is due', '2026-12-03', null, 'due'],
    ['due later is open', '2026-12-04', null, 'open'],
    ['no due date is open', null, null, 'open'],
  ])('%s', (_name, due, completed, state) => {
    const t = course({
      due: due === null ? null : d(due),
      completed: completed === null ? null : d(completed),
    });
    expect(stateOf(t, AS_OF)).toBe(state);
  });

  it('computes completion per rep and per category, counting only assignments already made', () => {
    const wb = workbook({
      reps: [rep('r1'), rep('r2'), rep('r3'), rep('gone', { active: false })],
      training: [
        course({ row: 2, completed: d('2026-11-05') }),
        course({ row: 3, category: 'product', due: d('2026-11-10') }),
        course({ row: 4, repId: 'r2', category: 'product', completed: d('2026-11-02') }),
        course({ row: 5, repId: 'r2', category: null }),
        course({ row: 6, repId: 'r2', assigned: d('2026-12-01') }),
        course({ row: 7, repId: 'gone', completed: null, due: d('2026-11-01') }),
      ],
    });
    const r = trainingReport(wb, AS_OF);
    expect(r.byRep).toEqual([
      { key: 'r1', assigned: 2, completed: 1, ratePct: 50 },
      { key: 'r2', assigned: 2, completed: 1, ratePct: 50 },
      { key: 'r3', assigned: 0, completed: 0, ratePct: null },
    ]);
    expect(r.byCategory).toEqual([
      { key: 'other', assigned: 1, completed: 0, ratePct: 0 },
      { key: 'product', assigned: 2, completed: 1, ratePct: 50 },
      { key: 'technique', assigned: 1, completed: 1, ratePct: 100 },
    ]);
    expect(r.assignments.map((a) => [a.row, a.state])).toEqual([
      [2, 'completed'],
      [3, 'overdue'],
      [4, 'completed'],
      [5, 'open'],
    ]);
  });
});
