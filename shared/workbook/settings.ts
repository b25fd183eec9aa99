// The Settings tab (two columns, setting and value): every setting with its default, and calendarOf.

import * as v from 'valibot';
import type { DataIssue } from '../issues';
import { type Calendar, isValidTimeZone } from '../time';
import { Bad, type CellEnv, cellText } from './cells';
import type { Grid } from './grid';
import { headerKey, isBlank, isBlankRow, readHeader } from './headers';
import { issue } from './read';
import { SETTINGS, type SettingDef } from './settings-defs';

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
