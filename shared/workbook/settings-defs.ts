// The settings of the Settings tab: name, reader, default and note of each (time_zone is read apart).

import { Bad, boolean, type Coercer, dayList, numberCell, oneOf, text } from './cells';
import { normalizeActivityType } from './names';
import type { Settings } from './settings';
import type { Validation } from './spec';

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

export interface SettingDef {
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
export const SETTINGS: readonly SettingDef[] = [
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
