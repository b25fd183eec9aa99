// Specs for choosing a rep's plan: rep id, then role, then team; none and ties are reported.
import { describe, expect, it } from 'vitest';
import { planFor, planIssues } from '../../../shared/incentives';
import { d, plan, rep } from './fixtures';

const ann = rep('r1', { role: 'AE', team: 'East', name: 'Ann' });
const byRep = plan({ planId: 'REP', row: 2, appliesTo: 'r1' });
const byRole = plan({ planId: 'ROLE', row: 3, appliesTo: 'ae' });
const byTeam = plan({ planId: 'TEAM', row: 4, appliesTo: 'East' });
const byTeam2 = plan({ planId: 'TEAM2', row: 5, appliesTo: 'east ' });
const other = plan({ planId: 'WEST', row: 6, appliesTo: 'West' });
const today = d('2026-11-26');

describe('planFor', () => {
  it.each([
    [[byTeam, byRole, byRep], 'plan REP'],
    [[byTeam, byRole], 'plan ROLE'],
    [[byTeam, other], 'plan TEAM'],
    [[other], 'none'],
    [[byTeam, byTeam2], 'ambiguous TEAM,TEAM2'],
    [[byTeam, byTeam2, byRole], 'plan ROLE'],
    [[{ ...byRep, effectiveTo: d('2026-11-01') }, byTeam], 'plan TEAM'],
    [[{ ...byRep, effectiveFrom: d('2026-11-26') }, byTeam], 'plan REP'],
  ])('%# picks %s', (plans, expected) => {
    const c = planFor(ann, plans, today);
    const text =
      c.kind === 'plan'
        ? `plan ${c.plan.planId}`
        : c.kind === 'none'
          ? 'none'
          : `ambiguous ${c.plans.map((p) => p.planId).join(',')}`;
    expect(text).toBe(expected);
  });
});

describe('planIssues', () => {
  it('reports an active rep without a plan, with what to do', () => {
    const issues = planIssues([ann], [other], today);
    expect(issues.map((i) => [i.tab, i.row, i.column])).toEqual([
      ['Commission Plans', null, 'applies_to'],
      ['Commission Plans', 6, 'applies_to'], // WEST names nobody
    ]);
    expect(issues[0]!.fix).toBe('Add a plan whose applies_to is r1, the role AE or the team East.');
  });

  it('reports two equally specific plans at the second one’s row', () => {
    const [issue] = planIssues([ann], [byTeam, byTeam2], today);
    expect([issue!.row, issue!.problem]).toEqual([
      5,
      'Rep r1 matches 2 plans by team: TEAM (row 4), TEAM2 (row 5); no commission is computed for them until one plan applies.',
    ]);
  });

  it('says nothing when there are no plans at all, or about inactive reps', () => {
    expect(planIssues([ann], [], today)).toEqual([]);
    expect(
      planIssues(
        [{ ...ann, active: false }],
        [byRep, plan({ planId: 'X', row: 9, appliesTo: 'r1' })],
        today,
      ),
    ).toEqual([]);
  });
});
