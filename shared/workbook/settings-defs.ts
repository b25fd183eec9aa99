// The settings of the Settings tab: the one table of name, reader, range, default and note; `Settings` is derived from it.

import {
  Bad,
  boolean,
  type Coercer,
  dayList,
  httpsUrl,
  MAX_AMOUNT,
  numberCell,
  oneOf,
  text,
} from './cells';
import { normalizeActivityType } from './names';
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

/** Bounds of `activity_points`: how many types, and the most points one activity can weigh. */
export const MAX_ACTIVITY_WEIGHTS = 100;
export const MAX_ACTIVITY_WEIGHT = 1000;

// A Map, not an object: a type named `constructor` or `__proto__` is then just a key.
const weightsCell: Coercer<ReadonlyMap<string, number>> = (cell, env) => {
  const s = text(cell, env);
  if (s instanceof Bad) return s;
  const weights = new Map<string, number>();
  for (const part of s.split(/[,;\n]+/)) {
    if (part.trim() === '') continue;
    const m = /^\s*([^:=]+?)\s*[:=]\s*(\S+)\s*$/.exec(part);
    const weight = m ? Number(m[2]) : Number.NaN;
    if (!m || !Number.isFinite(weight) || weight < 0 || weight > MAX_ACTIVITY_WEIGHT) {
      return new Bad(
        `has "${part.trim()}", which is not type:points (points 0 to ${MAX_ACTIVITY_WEIGHT})`,
        'Write it like call:1, email:0.5, meeting:3.',
      );
    }
    weights.set(normalizeActivityType(m[1] as string), weight);
  }
  if (weights.size > MAX_ACTIVITY_WEIGHTS)
    return new Bad(
      `lists ${weights.size} types, more than ${MAX_ACTIVITY_WEIGHTS}`,
      `List at most ${MAX_ACTIVITY_WEIGHTS} types; unlisted types weigh 1.`,
    );
  return weights;
};

/** What a rep's private page may show, one word per part (issue 16); the page shows only these. */
export const PRIVATE_PAGE_FIELDS = [
  'target',
  'tier',
  'statement',
  'coaching',
  'training',
  'action_plan',
] as const;
export type PrivatePageField = (typeof PRIVATE_PAGE_FIELDS)[number];

// `none` and `all` are words for the two ends; any unknown word makes the whole value bad.
const privateFieldsCell: Coercer<readonly PrivatePageField[]> = (cell, env) => {
  const s = text(cell, env);
  if (s instanceof Bad) return s;
  const words = s
    .split(/[,;\s]+/)
    .map((w) => w.trim().toLowerCase().replace(/-/g, '_'))
    .filter((w) => w !== '');
  if (words.length === 1 && words[0] === 'none') return [];
  if (words.length === 1 && words[0] === 'all') return [...PRIVATE_PAGE_FIELDS];
  const chosen = new Set<PrivatePageField>();
  for (const w of words) {
    const field = PRIVATE_PAGE_FIELDS.find((f) => f === w);
    if (field === undefined)
      return new Bad(
        `has "${w}", which is not a private page part`,
        `List parts from: ${PRIVATE_PAGE_FIELDS.join(', ')} (or write all, or none).`,
      );
    chosen.add(field);
  }
  return PRIVATE_PAGE_FIELDS.filter((f) => chosen.has(f));
};

// One address, no display name: Open Badges' issuer profile has a plain email.
const emailCell: Coercer<string> = (cell, env) => {
  const s = text(cell, env);
  if (s instanceof Bad) return s;
  return /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/.test(s.trim())
    ? s.trim()
    : new Bad('is not an email address', 'Write one address, like sales-ops@example.com.');
};

const currencyCell: Coercer<string> = (cell, env) => {
  const s = text(cell, env);
  if (s instanceof Bad) return s;
  const c = s.toUpperCase();
  return /^[A-Z]{3}$/.test(c)
    ? c
    : new Bad('is not a currency code', 'Use a three-letter ISO 4217 code such as USD or EUR.');
};

/** One setting: its name in the tab, how a value is read (with its range), and its default. */
export interface SettingDef<T> {
  readonly name: string;
  readonly coerce: Coercer<T>;
  readonly fallback: T;
  readonly defaultText: string;
  readonly note: string;
  readonly validation: Validation;
  /** What a bad value reads as, when not the default: the value that publishes less. */
  readonly onBad?: { readonly value: T; readonly text: string };
}

function def<T>(
  name: string,
  coerce: Coercer<T>,
  fallback: T,
  defaultText: string,
  note: string,
  validation: Validation = { kind: 'text' },
): SettingDef<T> {
  return { name, coerce, fallback, defaultText, note, validation };
}

/** A whole number setting from min to max: the range keeps a run's work bounded (issue 11). */
function whole(
  name: string,
  fallback: number,
  min: number,
  max: number,
  note: string,
): SettingDef<number> {
  const coerce = numberCell({ min, max, integer: true });
  return def(name, coerce, fallback, String(fallback), note, { kind: 'number', min });
}

/** A percentage setting, 0 to 1000. */
function pct(name: string, fallback: number, note: string): SettingDef<number> {
  const coerce = numberCell({ min: 0, max: 1000 });
  return def(name, coerce, fallback, String(fallback), note, { kind: 'number', min: 0 });
}

export const DEFAULT_ACTIVITY_WEIGHTS: ReadonlyMap<string, number> = new Map([
  ['call', 1],
  ['email', 0.5],
  ['meeting', 3],
  ['demo', 5],
  ['proposal', 8],
]);

/**
 * Every setting but time_zone (read first, because dates need it), in docs order, keyed by the
 * field of `Settings` it fills.
 */
export const SETTINGS = {
  teamName: def('team_name', text, 'Sales Team', 'Sales Team', 'Shown on the site.'),
  currency: def('currency', currencyCell, 'USD', 'USD', 'ISO 4217 code, for formatting money.'),
  weekStartsOn: def(
    'week_starts_on',
    oneOf(['monday', 'sunday']),
    'monday',
    'monday',
    'monday or sunday.',
    { kind: 'list', values: ['monday', 'sunday'] },
  ),
  fiscalYearStartMonth: whole(
    'fiscal_year_start_month',
    1,
    1,
    12,
    '1-12; quarters and years follow it.',
  ),
  workingDays: def(
    'working_days',
    workingDaysCell,
    [1, 2, 3, 4, 5],
    'mon,tue,wed,thu,fri',
    'Streaks and pacing skip the other days.',
  ),
  holidays: def('holidays', dayList, [], '(none)', 'Comma-separated dates, skipped like weekends.'),
  tierAMinPct: pct('tier_a_min_pct', 100, 'Tier A from this rolling attainment %.'),
  tierBMinPct: pct('tier_b_min_pct', 80, 'Tier B from this rolling attainment %.'),
  assessmentPeriods: whole('assessment_periods', 3, 1, 36, 'Months in the rolling window.'),
  actionPlanTriggerPct: pct(
    'action_plan_trigger_pct',
    70,
    'Below this attainment % a month counts toward an action plan.',
  ),
  actionPlanTriggerPeriods: whole(
    'action_plan_trigger_periods',
    2,
    1,
    24,
    'Consecutive months below the trigger that propose an action plan.',
  ),
  rampMonths: whole(
    'ramp_months',
    3,
    0,
    60,
    'New hires in their first months are not tiered C nor proposed for a plan.',
  ),
  coachingCadenceDays: whole(
    'coaching_cadence_days',
    14,
    1,
    365,
    'A rep without a coaching session for longer is flagged.',
  ),
  tvTopN: whole('tv_top_n', 10, 1, 100, 'The TV shows at most this many ranks per board.'),
  // Fails closed: a value that is not a yes or no word hides amounts until it is fixed.
  publishAmounts: {
    ...def(
      'publish_amounts',
      boolean,
      true,
      'yes',
      'Whether money amounts appear on the public site.',
      { kind: 'boolean' },
    ),
    onBad: { value: false, text: 'no' },
  },
  activityWeights: def(
    'activity_points',
    weightsCell,
    DEFAULT_ACTIVITY_WEIGHTS,
    'call:1, email:0.5, meeting:3, demo:5, proposal:8',
    'Points per activity type; replaces the whole list; unlisted types weigh 1.',
  ),
  streakDailyPoints: def(
    'streak_daily_points',
    numberCell({ min: 0, max: MAX_ACTIVITY_WEIGHT * 100 }),
    30,
    '30',
    "Activity points (weighted as in activity_points) a working day needs to extend a rep's streak; 0: any activity.",
    { kind: 'number', min: 0 },
  ),
  bigDealAmount: def<number | null>(
    'big_deal_amount',
    numberCell({ min: 0, max: MAX_AMOUNT }),
    null,
    '(blank: 2x the median won deal)',
    'A won deal of at least this amount is celebrated as a big deal.',
    { kind: 'number', min: 0 },
  ),
  hiringStallDays: whole(
    'hiring_stall_days',
    14,
    1,
    365,
    'A candidate in one stage for longer is flagged.',
  ),
  // Off by default, and fails closed: a misspelt part publishes no private page at all.
  privatePages: {
    ...def<readonly PrivatePageField[]>(
      'private_pages',
      privateFieldsCell,
      [],
      'none',
      `Parts each rep's private page shows (encrypted, one link per rep): ${PRIVATE_PAGE_FIELDS.join(', ')}; or all; none = no private pages.`,
    ),
    onBad: { value: [], text: 'none' },
  },
  privateWhatIfAmount: def(
    'private_what_if_amount',
    numberCell({ min: 0, max: MAX_AMOUNT }),
    20_000,
    '20000',
    'The extra deal of the what-if on a private page\'s statement ("one more $20,000 deal pays ...").',
    { kind: 'number', min: 0 },
  ),
  siteUrl: def<string | null>(
    'site_url',
    httpsUrl,
    null,
    '(blank: no Open Badges, relative private links)',
    'The https address the site is published at: private links and Open Badges use it.',
  ),
  badgeIssuerEmail: def<string | null>(
    'badge_issuer_email',
    emailCell,
    null,
    '(blank: no Open Badges)',
    "The issuer's contact address in Open Badges (required by the standard), e.g. the team's sales-ops address.",
  ),
} as const;

type SettingsTable = typeof SETTINGS;

/** The workbook's settings: one field per row of SETTINGS, plus the time zone. */
export type Settings = {
  readonly [K in keyof SettingsTable]: SettingsTable[K] extends SettingDef<infer T> ? T : never;
} & { readonly timeZone: string };

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
  ...Object.values(SETTINGS).map((s: SettingDef<unknown>) => ({
    setting: s.name,
    defaultText: s.defaultText,
    note: s.note,
    validation: s.validation,
  })),
];
