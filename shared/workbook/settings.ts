// The Settings tab (two columns, setting and value): every setting with its default, and calendarOf.

import * as v from 'valibot';
import { type Calendar, isValidTimeZone } from '../time';
import type { DataIssue } from '../issues';
import {
  Bad,
  boolean,
  type CellEnv,
  type Coercer,
  cellText,
  dayList,
  numberCell,
  oneOf,
  text,
} from './cells';
import type { Grid } from './grid';
import { headerKey, isBlank, isBlankRow, readHeader } from './headers';
import { normalizeActivityType } from './names';
import { issue } from './read';
import type { Validation } from './spec';

export const SettingsSchema = v.object({
  teamName: v.string(),
  timeZone: v.string(),
  currency: v.string(),
  weekStartsOn: v.picklist(['monday', 'sunday']),
  fiscalYearStartMonth: v.number(),
  workingDays: v.array(v.number()),
  holidays: v.array(v.number()),
  tierAMinPct: v.number(),
  tierBMinPct: v.number(),
  assessmentPeriods: v.number(),
  actionPlanTriggerPct: v.number(),
  actionPlanTriggerPeriods: v.number(),
  rampMonths: v.number(),
  coachingCadenceDays: v.number(),
  tvTopN: v.number(),
  publishAmounts: v.boolean(),
  activityWeights: v.record(v.string(), v.number()),
  bigDealAmount: v.nullable(v.number()),
  hiringStallDays: v.number(),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const workingDaysCell: Coercer<number[]> = (cell, env) => {
  const s = text(cell, env);
  if (s instanceof Bad) return s;
  const days = new Set<number>();
  for (const part of s.split(/[,;\s]+/)) {
    const t = part.toLowerCase();
    if (t === '') continue;
    const d = t.length >= 3 ? WEEKDAYS.findIndex((w) => w.startsWith(t)) : -1;
    if (d < 0)
      return new Bad(
        `has "${part}", which is not a weekday`,
        'List weekdays like mon,tue,wed,thu,fri.',
      );
    days.add(d);
  }
  if (days.size === 0)
    return new Bad('names no weekday', 'List weekdays like mon,tue,wed,thu,fri.');
  return [...days].sort((a, b) => a - b);
};

const weightsCell: Coercer<Record<string, number>> = (cell, env) => {
  const s = text(cell, env);
  if (s instanceof Bad) return s;
  const entries: [string, number][] = [];
  for (const part of s.split(/[,;\n]+/)) {
    if (part.trim() === '') continue;
    const m = /^\s*([^:=]+?)\s*[:=]\s*(\S+)\s*$/.exec(part);
    const weight = m ? Number(m[2]) : Number.NaN;
    if (!m || !Number.isFinite(weight) || weight < 0) {
      return new Bad(
        `has "${part.trim()}", which is not type:points`,
        'Write it like call:1, email:0.5, meeting:3.',
      );
    }
    entries.push([normalizeActivityType(m[1] as string), weight]);
  }
  // fromEntries defines own properties, so a type named "__proto__" is just a key.
  return Object.fromEntries(entries);
};

const currencyCell: Coercer<string> = (cell, env) => {
  const s = text(cell, env);
  if (s instanceof Bad) return s;
  const c = s.toUpperCase();
  return /^[A-Z]{3}$/.test(c)
    ? c
    : new Bad('is not a currency code', 'Use a three-letter ISO 4217 code such as USD or EUR.');
};

interface SettingDef {
  readonly name: string;
  readonly field: Exclude<keyof Settings, 'timeZone'>;
  readonly coerce: Coercer<unknown>;
  readonly fallback: unknown;
  readonly defaultText: string;
  readonly note: string;
  readonly validation: Validation;
}

const pct = numberCell({ min: 0 });
const atLeastOne = numberCell({ min: 1, integer: true });
const num = (min: number): Validation => ({ kind: 'number', min });

function def(
  name: string,
  field: SettingDef['field'],
  coerce: Coercer<unknown>,
  fallback: unknown,
  defaultText: string,
  note: string,
  validation: Validation = { kind: 'text' },
): SettingDef {
  return { name, field, coerce, fallback, defaultText, note, validation };
}

export const DEFAULT_ACTIVITY_WEIGHTS: Readonly<Record<string, number>> = Object.freeze({
  call: 1,
  email: 0.5,
  meeting: 3,
  demo: 5,
  proposal: 8,
});

/** Every setting but time_zone (read first, because dates need it), in docs order. */
const SETTINGS: readonly SettingDef[] = [
  def('team_name', 'teamName', text, 'Sales Team', 'Sales Team', 'Shown on the site.'),
  def('currency', 'currency', currencyCell, 'USD', 'USD', 'ISO 4217 code, for formatting money.'),
  def(
    'week_starts_on',
    'weekStartsOn',
    oneOf(['monday', 'sunday']),
    'monday',
    'monday',
    'monday or sunday.',
    { kind: 'list', values: ['monday', 'sunday'] },
  ),
  def(
    'fiscal_year_start_month',
    'fiscalYearStartMonth',
    numberCell({ min: 1, max: 12, integer: true }),
    1,
    '1',
    '1-12; quarters and years follow it.',
    num(1),
  ),
  def(
    'working_days',
    'workingDays',
    workingDaysCell,
    [1, 2, 3, 4, 5],
    'mon,tue,wed,thu,fri',
    'Streaks and pacing skip the other days.',
  ),
  def(
    'holidays',
    'holidays',
    dayList,
    [],
    '(none)',
    'Comma-separated dates, skipped like weekends.',
  ),
  def(
    'tier_a_min_pct',
    'tierAMinPct',
    pct,
    100,
    '100',
    'Tier A from this rolling attainment %.',
    num(0),
  ),
  def(
    'tier_b_min_pct',
    'tierBMinPct',
    pct,
    80,
    '80',
    'Tier B from this rolling attainment %.',
    num(0),
  ),
  def(
    'assessment_periods',
    'assessmentPeriods',
    atLeastOne,
    3,
    '3',
    'Months in the rolling window.',
    num(1),
  ),
  def(
    'action_plan_trigger_pct',
    'actionPlanTriggerPct',
    pct,
    70,
    '70',
    'Below this attainment % a month counts toward an action plan.',
    num(0),
  ),
  def(
    'action_plan_trigger_periods',
    'actionPlanTriggerPeriods',
    atLeastOne,
    2,
    '2',
    'Consecutive months below the trigger that propose an action plan.',
    num(1),
  ),
  def(
    'ramp_months',
    'rampMonths',
    numberCell({ min: 0, integer: true }),
    3,
    '3',
    'New hires in their first months are not tiered C nor proposed for a plan.',
    num(0),
  ),
  def(
    'coaching_cadence_days',
    'coachingCadenceDays',
    atLeastOne,
    14,
    '14',
    'A rep without a coaching session for longer is flagged.',
    num(1),
  ),
  def(
    'tv_top_n',
    'tvTopN',
    atLeastOne,
    10,
    '10',
    'The TV shows at most this many ranks per board.',
    num(1),
  ),
  def(
    'publish_amounts',
    'publishAmounts',
    boolean,
    true,
    'yes',
    'Whether money amounts appear on the public site.',
    { kind: 'boolean' },
  ),
  def(
    'activity_points',
    'activityWeights',
    weightsCell,
    DEFAULT_ACTIVITY_WEIGHTS,
    'call:1, email:0.5, meeting:3, demo:5, proposal:8',
    'Points per activity type; replaces the whole list; unlisted types weigh 1.',
  ),
  def(
    'big_deal_amount',
    'bigDealAmount',
    numberCell({ min: 0 }),
    null,
    '(blank: 2x the median won deal)',
    'A won deal of at least this amount is celebrated as a big deal.',
    num(0),
  ),
  def(
    'hiring_stall_days',
    'hiringStallDays',
    atLeastOne,
    14,
    '14',
    'A candidate in one stage for longer is flagged.',
    num(1),
  ),
];

/** One row per setting, for Set up (it writes the defaults) and the docs. */
export const SETTING_SPECS: readonly {
  setting: string;
  defaultText: string;
  note: string;
  validation: Validation;
}[] = [
  {
    setting: 'time_zone',
    defaultText: "the spreadsheet's (CSV: UTC)",
    note: 'IANA name; all periods are cut in it.',
    validation: { kind: 'text' },
  },
  ...SETTINGS.map((s) => ({
    setting: s.name,
    defaultText: s.defaultText,
    note: s.note,
    validation: s.validation,
  })),
];

const BY_KEY = new Map<string, SettingDef | 'time_zone'>([
  ['timezone', 'time_zone'],
  ...SETTINGS.map((s) => [headerKey(s.name), s] as const),
]);

export interface SettingsOptions {
  readonly defaultTimeZone: string;
  readonly timeZone?: string;
}

/** Reads the Settings tab (or none): bad values are reported and defaulted. Never throws. */
export function parseSettings(
  grid: Grid | undefined,
  options: SettingsOptions,
  issues: DataIssue[],
): Settings {
  const found = new Map<string, { row: number; cell: NonNullable<Grid[number][number]> }>();
  if (grid) collectRows(grid, found, issues);

  const timeZone = pickTimeZone(found.get('time_zone'), options, issues);
  const env: CellEnv = { timeZone };
  const values: Record<string, unknown> = {};
  for (const s of SETTINGS) {
    const entry = found.get(s.name);
    let value = s.fallback;
    if (entry) {
      const out = s.coerce(entry.cell, env);
      if (out instanceof Bad) {
        issues.push(
          issue(
            'Settings',
            entry.row,
            'value',
            cellText(entry.cell),
            `${s.name} ${out.problem}; using ${s.defaultText}.`,
            out.fix,
            'warning',
          ),
        );
      } else value = out;
    }
    values[s.field] = value;
  }
  const holidays = [...new Set(values.holidays as number[])].sort((a, b) => a - b);
  return {
    teamName: values.teamName as string,
    timeZone,
    currency: values.currency as string,
    weekStartsOn: values.weekStartsOn as 'monday' | 'sunday',
    fiscalYearStartMonth: values.fiscalYearStartMonth as number,
    workingDays: values.workingDays as number[],
    holidays,
    tierAMinPct: values.tierAMinPct as number,
    tierBMinPct: values.tierBMinPct as number,
    assessmentPeriods: values.assessmentPeriods as number,
    actionPlanTriggerPct: values.actionPlanTriggerPct as number,
    actionPlanTriggerPeriods: values.actionPlanTriggerPeriods as number,
    rampMonths: values.rampMonths as number,
    coachingCadenceDays: values.coachingCadenceDays as number,
    tvTopN: values.tvTopN as number,
    publishAmounts: values.publishAmounts as boolean,
    activityWeights: { ...(values.activityWeights as Record<string, number>) },
    bigDealAmount: values.bigDealAmount as number | null,
    hiringStallDays: values.hiringStallDays as number,
  };
}

function collectRows(
  grid: Grid,
  found: Map<string, { row: number; cell: NonNullable<Grid[number][number]> }>,
  issues: DataIssue[],
): void {
  const header = readHeader(grid);
  const nameCol = header.index.get('setting');
  const valueCol = header.index.get('value');
  if (nameCol === undefined || valueCol === undefined) {
    const missing = nameCol === undefined ? 'setting' : 'value';
    issues.push(
      issue(
        'Settings',
        1,
        missing,
        null,
        `The Settings tab has no "${missing}" column, so all settings use their defaults.`,
        'Head the first column "setting" and the second "value".',
        'error',
      ),
    );
    return;
  }
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r];
    if (!row || isBlankRow(row)) continue;
    const nameCell = row[nameCol];
    const name = isBlank(nameCell) ? '' : (cellText(nameCell) ?? '');
    const def = BY_KEY.get(headerKey(name));
    const valueCell = row[valueCol];
    if (def === undefined) {
      issues.push(
        issue(
          'Settings',
          r + 1,
          'setting',
          name || null,
          name
            ? `"${name}" is not a known setting; it is ignored.`
            : 'A value has no setting name; it is ignored.',
          'Check the spelling against the list of settings, or delete the row.',
          'warning',
        ),
      );
      continue;
    }
    const key = def === 'time_zone' ? def : def.name;
    const first = found.get(key);
    if (first) {
      issues.push(
        issue(
          'Settings',
          r + 1,
          'setting',
          name,
          `${key} is set again (first on row ${first.row}); this row is ignored.`,
          'Keep one row per setting.',
          'warning',
        ),
      );
      continue;
    }
    if (valueCell === null || valueCell === undefined || isBlank(valueCell)) continue;
    found.set(key, { row: r + 1, cell: valueCell });
  }
}

const ZONE_FIX = 'Use an IANA time zone name such as Europe/Paris or America/New_York.';

function pickTimeZone(
  entry: { row: number; cell: NonNullable<Grid[number][number]> } | undefined,
  options: SettingsOptions,
  issues: DataIssue[],
): string {
  const valid = (z: unknown): z is string => typeof z === 'string' && safeValid(z);
  let fromSheet: string | null = null;
  if (entry) {
    const z = typeof entry.cell === 'string' ? entry.cell.trim() : '';
    if (valid(z)) fromSheet = z;
    else
      issues.push(
        issue(
          'Settings',
          entry.row,
          'value',
          cellText(entry.cell),
          'time_zone is not a known time zone; it is ignored.',
          ZONE_FIX,
          'warning',
        ),
      );
  }
  if (options.timeZone !== undefined) {
    if (valid(options.timeZone)) return options.timeZone;
    issues.push(
      issue(
        'Settings',
        null,
        'value',
        String(options.timeZone),
        'The time zone given for this run is not a known time zone; it is ignored.',
        ZONE_FIX,
        'warning',
      ),
    );
  }
  if (fromSheet !== null) return fromSheet;
  if (valid(options.defaultTimeZone)) return options.defaultTimeZone;
  issues.push(
    issue(
      'Settings',
      null,
      'value',
      String(options.defaultTimeZone),
      "The spreadsheet's time zone is not a known time zone; UTC is used.",
      'Set time_zone in the Settings tab.',
      'warning',
    ),
  );
  return 'UTC';
}

function safeValid(zone: string): boolean {
  try {
    return zone !== '' && isValidTimeZone(zone);
  } catch {
    return false;
  }
}

/** The working calendar the time functions need, from the settings. */
export function calendarOf(settings: Settings): Calendar {
  return {
    weekStartsOn: settings.weekStartsOn === 'sunday' ? 0 : 1,
    fiscalYearStartMonth: settings.fiscalYearStartMonth,
    workingDays: new Set(settings.workingDays),
    holidays: new Set(settings.holidays),
  };
}
