// Issue 11 attacks on the workbook reader: each table row is one hostile input and the safe outcome it must give.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../shared/time';
import {
  type Cell,
  MAX_TEXT_LENGTH,
  parseWorkbook,
  type Settings,
  type WorkbookGrids,
} from '../../../shared/workbook';
import { REPS, tab, where } from './helpers';

const AS_OF = dayFromYmd(2026, 11, 26);
const parse = (grids: WorkbookGrids) =>
  parseWorkbook({ Reps: REPS, ...grids }, { defaultTimeZone: 'UTC', around: AS_OF });

/** One row of each tab that has a yes/no column, with that column last. */
const FLAGS: Record<string, { header: Cell[]; row: Cell[]; read: (g: WorkbookGrids) => unknown }> =
  {
    'Reps.public': {
      header: ['rep_id', 'name', 'public'],
      row: ['r9', 'Zed'],
      read: (g) => parse(g).workbook.reps.find((r) => r.repId === 'r9')?.public,
    },
    'Reps.active': {
      header: ['rep_id', 'name', 'active'],
      row: ['r9', 'Zed'],
      read: (g) => parse(g).workbook.reps.find((r) => r.repId === 'r9')?.active,
    },
    'Contests.public': {
      header: ['contest_id', 'name', 'kind', 'metric', 'start', 'end', 'public'],
      row: ['c1', 'Blitz', 'most', 'calls', '2026-11-02', '2026-11-06'],
      read: (g) => parse(g).workbook.contests[0]?.public,
    },
    'Badges.public': {
      header: ['badge_id', 'name', 'kind', 'public'],
      row: ['mvp', 'MVP', 'manual'],
      read: (g) => parse(g).workbook.badgeRows[0]?.public,
    },
    'Recognition.public': {
      header: ['date', 'to', 'kind', 'public'],
      row: ['2026-11-02', 'r1', 'hi-five'],
      read: (g) => parse(g).workbook.recognition[0]?.public,
    },
  };

function withFlag(column: string, value: Cell): WorkbookGrids {
  const flag = FLAGS[column]!;
  const name = column.split('.')[0]!;
  if (name === 'Reps')
    return { Reps: tab(flag.header, ['r1', 'Ada', 'yes'], [...flag.row, value]) };
  return { [name]: tab(flag.header, [...flag.row, value]) };
}

describe('privacy fails closed: yes/no words', () => {
  const columns = Object.keys(FLAGS);
  // [cell, read as, reported]
  const words: [Cell, boolean, boolean][] = [
    ['yes', true, false],
    ['Y', true, false],
    ['TRUE', true, false],
    [1, true, false],
    [true, true, false],
    ['x', true, false],
    ['✓', true, false],
    ['Public', true, false],
    ['on', true, false],
    ['', true, false], // blank = the default, yes
    ['no', false, false],
    ['No.', false, false],
    [' N ', false, false],
    ['off', false, false],
    ['private', false, false],
    ['Hidden', false, false],
    [false, false, false],
    [0, false, false],
    ['maybe', false, true],
    ['nope', false, true],
    ['yes please', false, true],
    ['?', false, true],
    [2, false, true],
    ['ja', false, true],
  ];
  const cases = columns.flatMap((c) =>
    words.map(([cell, want, reported]) => [c, cell, want, reported] as const),
  );
  it.each(cases)('%s = %j reads as %s (reported: %s)', (column, cell, want, reported) => {
    const grids = withFlag(column, cell);
    expect(FLAGS[column]!.read(grids)).toBe(want);
    const tabName = column.split('.')[0]!;
    const header = column.split('.')[1]!;
    const found = parse(grids).issues.filter((i) => i.tab === tabName && i.column === header);
    expect(found.length).toBe(reported ? 1 : 0);
    if (reported) {
      expect(found[0]!.problem).toContain('read as no');
      expect(found[0]!.fix).toContain('yes');
      expect(found[0]!.row).toBe(tabName === 'Reps' ? 3 : 2);
    }
  });

  it.each([
    ['yes', true],
    ['No.', false],
    ['off', false],
    ['private', false],
    ['sometimes', false],
    ['', true],
  ])('publish_amounts = %j reads as %s', (value, want) => {
    const { workbook } = parse({ Settings: tab(['setting', 'value'], ['publish_amounts', value]) });
    expect(workbook.settings.publishAmounts).toBe(want);
  });
});

describe('bounded by the data, not by its values', () => {
  const DEALS = ['deal_id', 'rep_id', 'amount', 'status', 'close_date', 'created_date'];
  // [what, deal row, kept, issue column]
  it.each([
    ['a normal deal', ['d1', 'r1', 100, 'won', '2026-11-02', '2026-10-01'], true, null],
    ['amount 1e308', ['d1', 'r1', 1e308, 'won', '2026-11-02', ''], false, 'amount'],
    ['amount "1e308" as text', ['d1', 'r1', '1e308', 'won', '2026-11-02', ''], false, 'amount'],
    [
      'amount Infinity',
      ['d1', 'r1', Number.POSITIVE_INFINITY, 'won', '2026-11-02', ''],
      false,
      'amount',
    ],
    ['amount NaN', ['d1', 'r1', Number.NaN, 'won', '2026-11-02', ''], false, 'amount'],
    ['amount above a trillion', ['d1', 'r1', 1e12 + 1, 'won', '2026-11-02', ''], false, 'amount'],
    ['amount of a trillion', ['d1', 'r1', 1e12, 'won', '2026-11-02', ''], true, null],
    ['close date 9999-12-31', ['d1', 'r1', 100, 'won', '9999-12-31', ''], false, 'close_date'],
    ['close date 0001-01-01', ['d1', 'r1', 100, 'won', '0001-01-01', ''], false, 'close_date'],
    ['close date 51 years ahead', ['d1', 'r1', 100, 'won', '2077-01-01', ''], false, 'close_date'],
    ['close date 50 years ahead', ['d1', 'r1', 100, 'won', '2076-12-31', ''], true, null],
    ['close date 50 years back', ['d1', 'r1', 100, 'won', '1976-01-01', ''], true, null],
    [
      'close date as a Date cell in year 9999',
      ['d1', 'r1', 100, 'won', new Date(Date.UTC(9999, 11, 31)), ''],
      false,
      'close_date',
    ],
    // An optional date out of the window is reported and read as blank; the row stays.
    [
      'created date 9999-12-31',
      ['d1', 'r1', 100, 'won', '2026-11-02', '9999-12-31'],
      true,
      'created_date',
    ],
  ] as const)('%s', (_what, row, kept, column) => {
    const { workbook, issues } = parse({ Deals: tab(DEALS, [...row]) });
    expect(workbook.deals.length).toBe(kept ? 1 : 0);
    const columns = new Set(where(issues, 'Deals').map(([, c]) => c));
    expect([...columns]).toEqual(column === null ? [] : [column]);
  });

  it.each([
    ['Reps', 'name', ['rep_id', 'name'], ['r9', 'A'.repeat(15_000)]],
    ['Reps', 'name', ['rep_id', 'name'], ['r9', 'Ab '.repeat(5_000)]],
    [
      'Activities',
      'note',
      ['date', 'rep_id', 'type', 'note'],
      ['2026-11-02', 'r1', 'call', 'x'.repeat(MAX_TEXT_LENGTH + 1)],
    ],
    [
      'Coaching',
      'feedback',
      ['date', 'rep_id', 'feedback'],
      ['2026-11-02', 'r1', '😀'.repeat(MAX_TEXT_LENGTH)],
    ],
  ])('%s.%s longer than the limit is cut and reported', (tabName, column, header, row) => {
    const grids: WorkbookGrids =
      tabName === 'Reps'
        ? { Reps: tab(header, ['r1', 'Ada'], row) }
        : { [tabName]: tab(header, row) };
    const { workbook, issues } = parse(grids);
    const records = (workbook as unknown as Record<string, Record<string, unknown>[]>)[
      tabName === 'Reps' ? 'reps' : tabName.toLowerCase()
    ]!;
    const value = String([...records].at(-1)![column]);
    expect(value.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(value.length).toBeGreaterThan(MAX_TEXT_LENGTH - 2);
    // Never cut inside a surrogate pair (an emoji).
    expect(value).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(where(issues, tabName)).toEqual([[tabName === 'Reps' ? 3 : 2, column, 'warning']]);
  });

  it.each([
    ['assessment_periods', 99_999_999, 'assessmentPeriods', 3],
    ['assessment_periods', 36, 'assessmentPeriods', 36],
    ['assessment_periods', 37, 'assessmentPeriods', 3],
    ['action_plan_trigger_periods', 25, 'actionPlanTriggerPeriods', 2],
    ['ramp_months', 61, 'rampMonths', 3],
    ['coaching_cadence_days', 366, 'coachingCadenceDays', 14],
    ['hiring_stall_days', 1e9, 'hiringStallDays', 14],
    ['tv_top_n', 101, 'tvTopN', 10],
    ['tv_top_n', 100, 'tvTopN', 100],
    ['tier_a_min_pct', 1001, 'tierAMinPct', 100],
    ['tier_b_min_pct', 'Infinity', 'tierBMinPct', 80],
    ['action_plan_trigger_pct', 1e308, 'actionPlanTriggerPct', 70],
    ['fiscal_year_start_month', 0, 'fiscalYearStartMonth', 1],
    ['big_deal_amount', 1e308, 'bigDealAmount', null],
    ['holidays', '9999-12-31', 'holidays', []],
    [
      'activity_points',
      'call:1e9',
      'activityWeights',
      new Map([
        ['call', 1],
        ['email', 0.5],
        ['meeting', 3],
        ['demo', 5],
        ['proposal', 8],
      ]),
    ],
    [
      'activity_points',
      Array.from({ length: 101 }, (_, i) => `t${i}:1`).join(','),
      'activityWeights',
      new Map([
        ['call', 1],
        ['email', 0.5],
        ['meeting', 3],
        ['demo', 5],
        ['proposal', 8],
      ]),
    ],
  ] as const)('%s = %j is out of range: reported, default used', (setting, value, field, want) => {
    const { workbook, issues } = parse({ Settings: tab(['setting', 'value'], [setting, value]) });
    expect(workbook.settings[field as keyof Settings]).toEqual(want);
    const reported = where(issues, 'Settings');
    if (setting === 'assessment_periods' && value === 36) expect(reported).toEqual([]);
    else if (setting === 'tv_top_n' && value === 100) expect(reported).toEqual([]);
    else expect(reported).toEqual([[2, 'value', 'warning']]);
  });
});

describe('keys from the data never touch object prototypes', () => {
  it.each(['constructor', '__proto__', 'prototype', 'tostring', '__definegetter__'])(
    'an activity_points type named %s is an ordinary type',
    (type) => {
      const { workbook, issues } = parse({
        Settings: tab(['setting', 'value'], ['activity_points', `${type}:4, call:1`]),
      });
      expect(issues).toEqual([]);
      expect(workbook.settings.activityWeights.get(type)).toBe(4);
      expect(workbook.settings.activityWeights.get('email')).toBeUndefined();
    },
  );
});

describe('unrecognised headers are reported with the nearest column; a possible privacy column keeps rows private', () => {
  // [tab, header row, data row, nearest named, every row private]
  const REP_ROW = ['r9', 'Zed', 'yes'];
  it.each([
    ['Reps', ['rep_id', 'name', 'Public?'], REP_ROW, 'public', true],
    ['Reps', ['rep_id', 'name', 'Pubic'], REP_ROW, 'public', true],
    ['Reps', ['rep_id', 'name', 'Visible on site'], REP_ROW, null, true],
    ['Reps', ['rep_id', 'name', 'show_name'], REP_ROW, 'name', true],
    ['Reps', ['rep_id', 'name', 'public', 'Private'], [...REP_ROW, 'yes'], null, true],
    ['Reps', ['rep_id', 'name', 'Region'], REP_ROW, null, false],
    ['Reps', ['rep_id', 'name', 'Emial'], REP_ROW, 'email', false],
    [
      'Contests',
      ['contest_id', 'name', 'kind', 'metric', 'start', 'end', 'publik'],
      ['c1', 'B', 'most', 'calls', '2026-11-02', '2026-11-06', 'yes'],
      'public',
      true,
    ],
    ['Badges', ['badge_id', 'name', 'kind', 'Hidden'], ['mvp', 'MVP', 'manual', 'no'], null, true],
    [
      'Recognition',
      ['date', 'to', 'kind', 'is_public'],
      ['2026-11-02', 'r1', 'hi-five', 'yes'],
      'public',
      true,
    ],
    ['Deals', ['deal_id', 'rep_id', 'amount_usd'], ['d1', 'r1', 5], 'amount', false],
    [
      'Activities',
      ['date', 'rep_id', 'type', 'Counts'],
      ['2026-11-02', 'r1', 'call', 3],
      'count',
      false,
    ],
  ] as const)('%s %j', (tabName, header, row, near, allPrivate) => {
    const grids: WorkbookGrids =
      tabName === 'Reps'
        ? { Reps: tab([...header], [...row]) }
        : { [tabName]: tab([...header], [...row]) };
    const { workbook, issues } = parse(grids);
    const unknown = header[header.length - 1]!;
    const found = issues.filter((i) => i.tab === tabName && i.column === unknown);
    expect(found.length).toBe(1);
    expect(found[0]!.row).toBe(1);
    expect(found[0]!.severity).toBe(allPrivate ? 'error' : 'warning');
    if (near !== null) expect(`${found[0]!.problem} ${found[0]!.fix}`).toContain(`"${near}"`);
    const records: readonly object[] = {
      Reps: workbook.reps,
      Contests: workbook.contests,
      Badges: workbook.badgeRows,
      Recognition: workbook.recognition,
      Deals: workbook.deals,
      Activities: [...workbook.activities],
    }[tabName];
    expect(records.length).toBe(1);
    const first = records[0] as { public?: boolean };
    if ('public' in first) expect(first.public).toBe(!allPrivate);
  });

  it('Candidates: competency columns are expected, a near miss of a known column is reported', () => {
    const { issues } = parse({
      Roles: tab(['role_id', 'title', 'competencies'], ['ae', 'AE', 'Grit']),
      Candidates: tab(
        ['candidate_id', 'name', 'role_id', 'Grit', 'stage_dat'],
        ['k1', 'Kim', 'ae', 4, '2026-11-02'],
      ),
    });
    expect(where(issues, 'Candidates')).toEqual([[1, 'stage_dat', 'warning']]);
  });
});
