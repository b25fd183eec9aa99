// Reads the Settings tab (two columns, setting and value) with SETTINGS' readers, and calendarOf.

import type { DataIssue } from '../issues';
import { type Calendar, isValidTimeZone } from '../time';
import type { Day } from '../time';
import {
  Bad,
  type CellEnv,
  CUT_FIX,
  cellText,
  cutText,
  dateWindow,
  MAX_TEXT_LENGTH,
} from './cells';
import type { Grid } from './grid';
import { headerKey, isBlank, isBlankRow, readHeader } from './headers';
import { issue } from './read';
import { SETTINGS, type SettingDef, type Settings } from './settings-defs';

export type { Settings };

type Found = { row: number; cell: NonNullable<Grid[number][number]> };

const BY_KEY = new Map<string, SettingDef<unknown> | 'time_zone'>([
  ['timezone', 'time_zone'],
  ...Object.values(SETTINGS).map((s: SettingDef<unknown>) => [headerKey(s.name), s] as const),
]);

export interface SettingsOptions {
  readonly defaultTimeZone: string;
  readonly timeZone?: string;
  /** The as-of day: dates are accepted within DATE_WINDOW_YEARS of it (absent: 1900 to 2199). */
  readonly around?: Day;
}

/** Reads the Settings tab (or none): bad values are reported and defaulted. Never throws. */
export function parseSettings(
  grid: Grid | undefined,
  options: SettingsOptions,
  issues: DataIssue[],
): Settings {
  const found = new Map<string, Found>();
  if (grid) collectRows(grid, found, issues);

  const timeZone = pickTimeZone(found.get('time_zone'), options, issues);
  const env: CellEnv = { timeZone, dates: dateWindow(options.around ?? null) };
  const read = <T>(s: SettingDef<T>): T => {
    const entry = found.get(s.name);
    if (!entry) return s.fallback;
    let cell = entry.cell;
    const cut = typeof cell === 'string' ? cutText(cell) : null;
    if (cut !== null) {
      issues.push(
        issue(
          'Settings',
          entry.row,
          'value',
          `${cut.slice(0, 40)}…`,
          `${s.name} is ${String(cell).length} characters long; only the first ${MAX_TEXT_LENGTH} are read.`,
          CUT_FIX,
          'warning',
        ),
      );
      cell = cut;
    }
    const out = s.coerce(cell, env);
    if (!(out instanceof Bad)) return out;
    const bad = s.onBad ?? { value: s.fallback, text: s.defaultText };
    issues.push(
      issue(
        'Settings',
        entry.row,
        'value',
        cellText(entry.cell),
        `${s.name} ${out.problem}; using ${bad.text}.`,
        out.fix,
        'warning',
      ),
    );
    return bad.value;
  };
  const S = SETTINGS;
  return {
    teamName: read(S.teamName),
    timeZone,
    currency: read(S.currency),
    weekStartsOn: read(S.weekStartsOn),
    fiscalYearStartMonth: read(S.fiscalYearStartMonth),
    workingDays: read(S.workingDays),
    holidays: [...new Set(read(S.holidays))].sort((a, b) => a - b),
    tierAMinPct: read(S.tierAMinPct),
    tierBMinPct: read(S.tierBMinPct),
    assessmentPeriods: read(S.assessmentPeriods),
    actionPlanTriggerPct: read(S.actionPlanTriggerPct),
    actionPlanTriggerPeriods: read(S.actionPlanTriggerPeriods),
    rampMonths: read(S.rampMonths),
    coachingCadenceDays: read(S.coachingCadenceDays),
    tvTopN: read(S.tvTopN),
    publishAmounts: read(S.publishAmounts),
    activityWeights: read(S.activityWeights),
    streakDailyPoints: read(S.streakDailyPoints),
    bigDealAmount: read(S.bigDealAmount),
    hiringStallDays: read(S.hiringStallDays),
    privatePages: read(S.privatePages),
    privateWhatIfAmount: read(S.privateWhatIfAmount),
    siteUrl: read(S.siteUrl),
    badgeIssuerEmail: read(S.badgeIssuerEmail),
  };
}

function collectRows(grid: Grid, found: Map<string, Found>, issues: DataIssue[]): void {
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
            ? `"${name.slice(0, 100)}" is not a known setting; it is ignored.`
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
  entry: Found | undefined,
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
