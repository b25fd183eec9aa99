// The Settings tab of the demo: a team in New York, Monday-Friday, the window's public holidays.
import { tabHeader } from '../workbook';
import { isoDay } from '../time';
import type { DemoContext, DemoRow } from './context';

export const DEMO_TIME_ZONE = 'America/New_York';

export function settingsGrid(ctx: DemoContext): DemoRow[] {
  const rows: [string, string | number | boolean][] = [
    ['team_name', ctx.size === 'large' ? 'Summit Sales (200 reps)' : 'Summit Sales'],
    ['time_zone', DEMO_TIME_ZONE],
    ['currency', 'USD'],
    ['week_starts_on', 'monday'],
    ['fiscal_year_start_month', 1],
    ['working_days', 'mon,tue,wed,thu,fri'],
    ['holidays', ctx.holidays.map(isoDay).join(', ')],
    ['tier_a_min_pct', 100],
    ['tier_b_min_pct', 80],
    ['assessment_periods', 3],
    ['action_plan_trigger_pct', 70],
    ['action_plan_trigger_periods', 2],
    ['ramp_months', 3],
    ['coaching_cadence_days', 14],
    ['tv_top_n', 10],
    ['publish_amounts', 'yes'],
    ['activity_points', 'call:1, email:0.5, meeting:3, demo:5, proposal:8'],
    ['streak_daily_points', 30],
    ['big_deal_amount', 25000],
    ['hiring_stall_days', 14],
  ];
  return [tabHeader('Settings'), ...rows];
}
