// Hiring: funnel per role, conversion, time in stage, stalled candidates, scorecards and references.
import { describe, expect, it } from 'vitest';
import {
  hiringReport,
  hiringTable,
  REQUIRED_REFERENCES,
  type ToolkitCandidate,
  type ToolkitRole,
} from '../../../shared/toolkit';
import type { CandidateStage } from '../../../shared/workbook';
import { d, workbook } from './fixtures';

const AS_OF = d('2026-11-26');

const ROLE: ToolkitRole = {
  row: 2,
  roleId: 'AE',
  title: 'Account Executive',
  competencies: ['Discovery', 'Closing', 'Grit'],
  mustHaves: ['Closing', 'Grit'],
};

let row = 1;
function cand(
  id: string,
  stage: CandidateStage,
  over: Partial<ToolkitCandidate> = {},
): ToolkitCandidate {
  row++;
  return {
    row,
    candidateId: id,
    name: `Candidate ${id}`,
    roleId: 'AE',
    stage,
    applied: d('2026-11-01'),
    stageDate: null,
    scores: {},
    referencesChecked: null,
    ...over,
  };
}

const CANDIDATES = [
  cand('c1', 'sourced', { applied: d('2026-11-20') }),
  cand('c2', 'screen', { stageDate: d('2026-11-01') }),
  cand('c3', 'interview', {
    stageDate: d('2026-11-20'),
    scores: { discovery: 4, CLOSING: 2, Grit: 5 },
  }),
  cand('c4', 'offer', {
    stageDate: d('2026-11-24'),
    referencesChecked: 1,
    scores: { Discovery: 2, Closing: 4, Grit: 3 },
  }),
  cand('c5', 'hired', {
    applied: d('2026-10-01'),
    stageDate: d('2026-11-10'),
    referencesChecked: 2,
  }),
  cand('c6', 'rejected'),
  // Hired straight from interview: skipped references and offer, which count as passed.
  cand('c7', 'hired', {
    applied: d('2026-10-11'),
    stageDate: d('2026-11-10'),
    referencesChecked: 0,
  }),
  cand('c8', 'withdrawn'),
];

describe('hiring funnel per role', () => {
  const [role] = hiringReport(workbook({ roles: [ROLE], candidates: CANDIDATES }), AS_OF);

  it.each<[string, number, number, number | null, number | null]>([
    // stage, at it now, reached (now or past; exits count as entering only), conversion, median days
    ['sourced', 1, 8, 62.5, 6],
    ['screen', 1, 5, 80, 25],
    ['interview', 1, 4, 75, 6],
    ['references', 0, 3, 100, null],
    ['offer', 1, 3, 66.7, 2],
    ['hired', 2, 2, null, 35],
  ])(
    '%s: %i now, %i reached, %s%% go on, median %s days',
    (stage, current, reached, conv, days) => {
      const s = role!.stages.find((x) => x.stage === stage)!;
      expect([s.current, s.reached, s.conversionPct, s.medianDays]).toEqual([
        current,
        reached,
        conv,
        days,
      ]);
    },
  );

  it('counts exits', () => {
    expect([role!.rejected, role!.withdrawn]).toEqual([1, 1]);
  });

  it('averages scores per competency over the candidates scored, with must-haves marked', () => {
    expect(role!.competencies).toEqual([
      { competency: 'Discovery', mustHave: false, average: 3, scored: 2 },
      { competency: 'Closing', mustHave: true, average: 3, scored: 2 },
      { competency: 'Grit', mustHave: true, average: 4, scored: 2 },
    ]);
  });

  it('scores a candidate against the must-haves (3 of 5 needed), matching names loosely', () => {
    const c3 = role!.candidates.find((c) => c.candidateId === 'c3')!;
    expect(c3.averageScore).toBe(3.7);
    expect(c3.mustHaves).toEqual([
      { competency: 'Closing', score: 2, met: false },
      { competency: 'Grit', score: 5, met: true },
    ]);
  });

  it('flags offers and hires without the required reference checks', () => {
    const flagged = role!.candidates
      .filter((c) => c.offerWithoutReferences)
      .map((c) => c.candidateId);
    expect(REQUIRED_REFERENCES).toBe(2);
    expect(flagged).toEqual(['c4', 'c7']);
  });

  it('writes funnel, scorecard and candidate rows to the Hiring tab', () => {
    const t = hiringTable([role!], REQUIRED_REFERENCES);
    expect(t.tab).toBe('Hiring');
    expect(t.rows.filter((r) => r[0] === 'funnel')).toHaveLength(8);
    expect(t.rows.filter((r) => r[0] === 'scorecard')).toHaveLength(3);
    expect(t.rows.filter((r) => r[0] === 'candidate')).toHaveLength(8);
    const c2 = t.rows.find((r) => r[t.header.indexOf('candidate_id')] === 'c2')!;
    expect(c2[t.header.indexOf('flags')]).toBe(
      'stalled 25 days at screen; must-haves not met: Closing, Grit',
    );
    expect(t.rows.every((r) => r.length === t.header.length)).toBe(true);
  });
});

describe('stalled candidates (hiring_stall_days 14)', () => {
  it.each<[string, CandidateStage, string | null, string | null, boolean]>([
    ['14 days at a stage is not stalled', 'interview', '2026-11-01', '2026-11-12', false],
    ['15 days at a stage is stalled', 'interview', '2026-11-01', '2026-11-11', true],
    ['without a stage date, days count from applied', 'screen', '2026-11-01', null, true],
    ['without any date it cannot be judged', 'screen', null, null, false],
    ['a hire is never stalled', 'hired', '2026-01-01', '2026-02-01', false],
    ['a rejection is never stalled', 'rejected', '2026-01-01', '2026-02-01', false],
    ['an offer can stall', 'offer', '2026-01-01', '2026-11-01', true],
  ])('%s', (_name, stage, applied, stageDate, stalled) => {
    const c = cand('x', stage, {
      applied: applied === null ? null : d(applied),
      stageDate: stageDate === null ? null : d(stageDate),
    });
    const [role] = hiringReport(workbook({ roles: [ROLE], candidates: [c] }), AS_OF);
    expect(role!.candidates[0]!.stalled).toBe(stalled);
  });
});

describe('hiring edge cases', () => {
  it('keeps candidates of a role missing from Roles, after the known roles', () => {
    const out = hiringReport(
      workbook({ roles: [ROLE], candidates: [cand('z', 'screen', { roleId: 'SDR' })] }),
      AS_OF,
    );
    expect(out.map((r) => [r.roleId, r.title, r.stages[0]!.reached])).toEqual([
      ['AE', 'Account Executive', 0],
      ['SDR', null, 1],
    ]);
  });

  it('has an empty funnel for a brand-new team', () => {
    expect(hiringReport(workbook(), AS_OF)).toEqual([]);
    const [role] = hiringReport(workbook({ roles: [ROLE] }), AS_OF);
    expect(role!.stages.every((s) => s.reached === 0 && s.conversionPct === null)).toBe(true);
  });
});

describe('must-haves are competencies of the role', () => {
  const scored = (scores: Record<string, number>) =>
    cand('m1', 'interview', { scores, roleId: 'R' });
  it.each<[string, string[], Record<string, number>, string | null, string[]]>([
    ['a must-have scored 3 is met', ['Closing'], { Closing: 3 }, '1 of 1', []],
    ['a must-have scored 2.5 is not', ['Closing'], { Closing: 2.5 }, '0 of 1', ['Closing']],
    ['an unscored must-have is not met', ['Grit'], { Closing: 5 }, '0 of 1', ['Grit']],
    ['names match loosely, shown as the competency', ['closing'], { Closing: 4 }, '1 of 1', []],
    ['free text names no competency: ignored', ['2+ years of B2B sales'], {}, null, []],
    ['a mix keeps only competencies', ['Driving licence', 'Grit'], { Grit: 4 }, '1 of 1', []],
  ])('%s', (_name, mustHaves, scores, met, missed) => {
    const role: ToolkitRole = { ...ROLE, roleId: 'R', mustHaves };
    const [funnel] = hiringReport(workbook({ roles: [role], candidates: [scored(scores)] }), AS_OF);
    const card = funnel!.candidates[0]!;
    expect(card.mustHaves.filter((m) => !m.met).map((m) => m.competency)).toEqual(missed);
    const t = hiringTable([funnel!], REQUIRED_REFERENCES);
    const row = t.rows.find((r) => r[t.header.indexOf('candidate_id')] === 'm1')!;
    expect(row[t.header.indexOf('must_haves_met')]).toBe(met);
    expect(funnel!.competencies.filter((k) => k.mustHave).map((k) => k.competency)).toEqual(
      card.mustHaves.map((m) => m.competency),
    );
  });
});
