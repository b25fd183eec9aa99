// The Settings tab: defaults, coercions, the time zone's precedence and the calendar.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../shared/time';
import { calendarOf, DEFAULT_ACTIVITY_WEIGHTS, parseWorkbook } from '../../../shared/workbook';
import { REPS, tab, where } from './helpers';

const D = (y: number, m: number, d: number) => dayFromYmd(y, m, d);

function settingsOf(
  rows: unknown[][],
  options: { defaultTimeZone: string; timeZone?: string } = { defaultTimeZone: 'UTC' },
) {
  return parseWorkbook(
    { Reps: REPS, Settings: tab(['setting', 'value'], ...(rows as never[])) },
    options,
  );
}

describe('Settings defaults', () => {
  it('uses every default from WORKBOOK.md when the tab is missing', () => {
    const { workbook, issues } = parseWorkbook({ Reps: REPS }, { defaultTimeZone: 'Europe/Paris' });
    expect(issues).toEqual([]);
    expect(workbook.settings).toEqual({
      teamName: 'Sales Team',
      timeZone: 'Europe/Paris',
      currency: 'USD',
      weekStartsOn: 'monday',
      fiscalYearStartMonth: 1,
      workingDays: [1, 2, 3, 4, 5],
      holidays: [],
      tierAMinPct: 100,
      tierBMinPct: 80,
      assessmentPeriods: 3,
      actionPlanTriggerPct: 70,
      actionPlanTriggerPeriods: 2,
      rampMonths: 3,
      coachingCadenceDays: 14,
      tvTopN: 10,
      publishAmounts: true,
      activityWeights: DEFAULT_ACTIVITY_WEIGHTS,
      streakDailyPoints: 30,
      bigDealAmount: null,
      hiringStallDays: 14,
      privatePages: [],
      privateWhatIfAmount: 20_000,
      siteUrl: null,
      badgeIssuerEmail: null,
    });
    expect(calendarOf(workbook.settings)).toEqual({
      weekStartsOn: 1,
      fiscalYearStartMonth: 1,
      workingDays: new Set([1, 2, 3, 4, 5]),
      holidays: new Set(),
    });
  });
});

describe('Settings values', () => {
  it('reads every setting, with setting names matched loosely', () => {
    const { workbook, issues } = settingsOf([
      ['Team Name', 'Falcons'],
      ['time_zone', 'America/Chicago'],
      ['currency', 'eur'],
      ['week_starts_on', 'Sunday'],
      ['fiscal_year_start_month', 7],
      ['working_days', 'sun, mon,tue wed,thu'],
      ['holidays', '2026-12-25, 2026-12-24'],
      ['tier_a_min_pct', '110'],
      ['tier_b_min_pct', 90],
      ['assessment_periods', 6],
      ['action_plan_trigger_pct', 60],
      ['action_plan_trigger_periods', 3],
      ['ramp_months', 0],
      ['coaching_cadence_days', 7],
      ['tv_top_n', 5],
      ['publish_amounts', 'no'],
      ['activity_points', 'Calls: 2, site visits=4'],
      ['Streak daily points', '12.5'],
      ['big_deal_amount', '$25,000'],
      ['hiring_stall_days', 21],
      ['Private Pages', 'Statement, target; action-plan'],
      ['private_what_if_amount', '15000'],
      ['site_url', 'https://team.example/board'],
      ['badge_issuer_email', ' sales-ops@team.example '],
    ]);
    expect(issues).toEqual([]);
    expect(workbook.settings).toEqual({
      teamName: 'Falcons',
      timeZone: 'America/Chicago',
      currency: 'EUR',
      weekStartsOn: 'sunday',
      fiscalYearStartMonth: 7,
      workingDays: [0, 1, 2, 3, 4],
      holidays: [D(2026, 12, 24), D(2026, 12, 25)],
      tierAMinPct: 110,
      tierBMinPct: 90,
      assessmentPeriods: 6,
      actionPlanTriggerPct: 60,
      actionPlanTriggerPeriods: 3,
      rampMonths: 0,
      coachingCadenceDays: 7,
      tvTopN: 5,
      publishAmounts: false,
      activityWeights: new Map([
        ['call', 2],
        ['site visit', 4],
      ]),
      streakDailyPoints: 12.5,
      bigDealAmount: 25000,
      hiringStallDays: 21,
      privatePages: ['target', 'statement', 'action_plan'],
      privateWhatIfAmount: 15_000,
      siteUrl: 'https://team.example/board',
      badgeIssuerEmail: 'sales-ops@team.example',
    });
    expect(calendarOf(workbook.settings).weekStartsOn).toBe(0);
  });

  it.each([
    ['currency', 'dollars', 'currency', 'USD'],
    ['week_starts_on', 'friday', 'weekStartsOn', 'monday'],
    ['fiscal_year_start_month', 13, 'fiscalYearStartMonth', 1],
    ['fiscal_year_start_month', 2.5, 'fiscalYearStartMonth', 1],
    ['working_days', 'mon, funday', 'workingDays', [1, 2, 3, 4, 5]],
    ['holidays', '2026-12-25, xmas', 'holidays', []],
    ['tier_a_min_pct', -5, 'tierAMinPct', 100],
    ['assessment_periods', 0, 'assessmentPeriods', 3],
    ['tv_top_n', 'ten', 'tvTopN', 10],
    // Fails closed: an unrecognised word hides amounts (issue 11).
    ['publish_amounts', 'sometimes', 'publishAmounts', false],
    ['activity_points', 'call=lots', 'activityWeights', DEFAULT_ACTIVITY_WEIGHTS],
    ['streak_daily_points', -1, 'streakDailyPoints', 30],
    ['big_deal_amount', -1, 'bigDealAmount', null],
    ['hiring_stall_days', 0, 'hiringStallDays', 14],
    ['private_pages', 'target, salary', 'privatePages', []],
    ['private_pages', 'all, target', 'privatePages', []],
    ['private_what_if_amount', -5, 'privateWhatIfAmount', 20_000],
    ['site_url', 'http://team.example', 'siteUrl', null],
    ['badge_issuer_email', 'Sales <ops@team.example>', 'badgeIssuerEmail', null],
  ])('%s = %j is reported and defaulted', (setting, value, field, expected) => {
    const { workbook, issues } = settingsOf([
      ['team_name', 'X'],
      [setting, value],
    ]);
    expect((workbook.settings as Record<string, unknown>)[field]).toEqual(expected);
    expect(where(issues, 'Settings')).toEqual([[3, 'value', 'warning']]);
    expect(issues[0]?.problem).toContain(setting);
  });

  it('warns about unknown and repeated settings', () => {
    const { workbook, issues } = settingsOf([
      ['team_name', 'A'],
      ['colour', 'blue'],
      ['team_name', 'B'],
    ]);
    expect(workbook.settings.teamName).toBe('A');
    expect(where(issues, 'Settings')).toEqual([
      [3, 'setting', 'warning'],
      [4, 'setting', 'warning'],
    ]);
  });

  it('reports a Settings tab without its columns once', () => {
    const { workbook, issues } = parseWorkbook(
      { Reps: REPS, Settings: tab(['name', 'val'], ['team_name', 'X']) },
      { defaultTimeZone: 'UTC' },
    );
    expect(workbook.settings.teamName).toBe('Sales Team');
    expect(where(issues, 'Settings')).toEqual([[1, 'setting', 'error']]);
  });
});

describe('time zone', () => {
  it.each([
    ['the Settings tab', 'Asia/Tokyo', undefined, 'Europe/Paris', 'Asia/Tokyo', 0],
    [
      'the run option, over Settings',
      'Asia/Tokyo',
      'America/Denver',
      'Europe/Paris',
      'America/Denver',
      0,
    ],
    [
      'the spreadsheet default when Settings is blank',
      '',
      undefined,
      'Europe/Paris',
      'Europe/Paris',
      0,
    ],
    [
      'the spreadsheet default when Settings is invalid',
      'Mars/Olympus',
      undefined,
      'Europe/Paris',
      'Europe/Paris',
      1,
    ],
    [
      'Settings when the run option is invalid',
      'Asia/Tokyo',
      'Nowhere',
      'Europe/Paris',
      'Asia/Tokyo',
      1,
    ],
    ['UTC when nothing is valid', 'x', 'y', 'z', 'UTC', 3],
  ])('comes from %s', (_, sheet, option, fallback, expected, issueCount) => {
    const { workbook, issues } = settingsOf([['time_zone', sheet]], {
      defaultTimeZone: fallback,
      timeZone: option,
    });
    expect(workbook.settings.timeZone).toBe(expected);
    expect(issues.length).toBe(issueCount);
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('reads Date cells in the workbook zone', () => {
    // 2026-11-27T02:00Z is still 26 November in Chicago.
    const grids = {
      Reps: REPS,
      Settings: tab(['setting', 'value'], ['time_zone', 'America/Chicago']),
      Activities: tab(
        ['date', 'rep_id', 'type'],
        [new Date(Date.UTC(2026, 10, 27, 2)), 'r1', 'call'],
      ),
    };
    const { workbook } = parseWorkbook(grids, { defaultTimeZone: 'UTC' });
    expect([...workbook.activities][0]?.day).toBe(D(2026, 11, 26));
    expect([...workbook.activities][0]?.at).toBe(D(2026, 11, 26) * 1440 + 20 * 60);
  });

  it('cuts fiscal periods in Targets with the Settings calendar', () => {
    const grids = {
      Reps: REPS,
      Settings: tab(['setting', 'value'], ['fiscal_year_start_month', 7]),
      Targets: tab(['rep_id', 'period', 'metric', 'target'], ['r1', '2027-Q1', 'revenue', 10]),
    };
    const { workbook, issues } = parseWorkbook(grids, { defaultTimeZone: 'UTC' });
    expect(issues).toEqual([]);
    expect(workbook.targets[0]).toMatchObject({ period: '2027-Q1', periodKind: 'quarter' });
  });
});
