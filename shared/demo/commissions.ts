// Commission plans: one per team and a rep-specific plan for the star, with attainment tiers.
import type { DemoRow } from './context';
import type { RepPlan } from './roster';

export function commissionPlansGrid(reps: readonly RepPlan[]): DemoRow[] {
  const star = reps.find((r) => r.story === 'star');
  const teams = [...new Set(reps.map((r) => r.team))];
  const rows: DemoRow[] = [
    [
      'plan_id',
      'applies_to',
      'period',
      'base_rate',
      'tiers',
      'tier_mode',
      'cap',
      'spiff_contest_ids',
      'draw',
    ],
    ...teams.map((team, i) => [
      `PLAN-${team.toUpperCase()}`,
      team,
      'month',
      i % 2 === 0 ? 8 : 7.5,
      '100:1.5, 125:2',
      'marginal',
      20000,
      'C-REV',
      '',
    ]),
  ];
  if (star)
    rows.push([
      `PLAN-${star.repId}`,
      star.repId,
      'quarter',
      10,
      '100:1.25, 150:1.75',
      'retroactive',
      '',
      'C-REV',
      2000,
    ]);
  return rows;
}
