// parseWorkbook: raw grids -> typed records and data issues, one tab after another. Never throws.

import type { DataIssue } from '../issues';
import { dateWindow } from './cells';
import type { Grid, WorkbookGrids } from './grid';
import { headerKey } from './headers';
import { sortIssues } from './issue-order';
import { checkMetricColumns } from './metric-columns';
import { issue, missingTabIssue, readTab } from './read';
import { calendarOf, parseSettings, type Settings, type SettingsOptions } from './settings';
import type { TabName } from './spec';
import { TAB_NAMES } from './spec';
import type { Lookups } from './tab';
import { actionPlansTab } from './tabs/action-plans';
import { readActivityTable } from './tabs/activity-table';
import { type BadgeDef, badgesTab } from './tabs/badges';
import { candidatesTab } from './tabs/candidates';
import { coachingTab } from './tabs/coaching';
import { commissionPlansTab } from './tabs/commission-plans';
import { contestsTab } from './tabs/contests';
import { dealsTab } from './tabs/deals';
import { parsePlanTemplate } from './tabs/plan-template-read';
import { recognitionTab } from './tabs/recognition';
import { repsTab } from './tabs/reps';
import { type Role, rolesTab } from './tabs/roles';
import { targetsTab } from './tabs/targets';
import { trainingTab } from './tabs/training';
import type { Workbook } from './workbook';

export type ParseOptions = SettingsOptions;

export interface ParseResult {
  readonly workbook: Workbook;
  readonly issues: DataIssue[];
}

const TAB_BY_KEY = new Map<string, TabName>(TAB_NAMES.map((t) => [headerKey(t), t]));

/** Finds the input tabs among the grids: names match ignoring case, spaces, `_` and `-`. */
function matchTabs(grids: WorkbookGrids, issues: DataIssue[]): Map<TabName, Grid> {
  const found = new Map<TabName, Grid>();
  const names = new Map<TabName, string>();
  for (const name of Object.keys(grids)) {
    const tab = TAB_BY_KEY.get(headerKey(name));
    if (tab === undefined) continue;
    const grid = grids[name];
    if (found.has(tab)) {
      issues.push(
        issue(
          tab,
          null,
          null,
          name,
          `The tabs "${names.get(tab)}" and "${name}" are both read as ${tab}; only "${names.get(tab)}" is read.`,
          'Rename or delete one of them.',
          'warning',
        ),
      );
      continue;
    }
    found.set(tab, Array.isArray(grid) ? grid : []);
    names.set(tab, name);
  }
  return found;
}

export function parseWorkbook(grids: WorkbookGrids, options: ParseOptions): ParseResult {
  const issues: DataIssue[] = [];
  try {
    return { workbook: parseAll(grids ?? {}, options, issues), issues: sortIssues(issues) };
  } catch (e) {
    // Every row is already guarded; this is the last line of defence so a run is never stopped.
    issues.push(
      issue(
        'Settings',
        null,
        null,
        null,
        `The workbook could not be read (${e instanceof Error ? e.message : 'unexpected value'}).`,
        'Check the workbook for unusual content; if it looks right, report it as a bug.',
        'error',
      ),
    );
    const settings = parseSettings(undefined, { defaultTimeZone: 'UTC' }, []);
    return { workbook: emptyWorkbook(settings), issues: sortIssues(issues) };
  }
}

function parseAll(grids: WorkbookGrids, options: ParseOptions, issues: DataIssue[]): Workbook {
  const tabs = matchTabs(grids, issues);
  const settings = parseSettings(
    tabs.get('Settings'),
    options ?? { defaultTimeZone: 'UTC' },
    issues,
  );
  const calendar = calendarOf(settings);
  const lookups: { -readonly [K in keyof Lookups]: Lookups[K] } = {
    env: { timeZone: settings.timeZone, dates: dateWindow(options?.around ?? null) },
    settings,
    calendar,
    repIds: new Set<string>(),
    badges: null,
    roles: new Map<string, Role>(),
  };

  const repsGrid = tabs.get('Reps');
  if (repsGrid === undefined) issues.push(missingTabIssue('Reps'));
  const reps = repsGrid === undefined ? [] : readTab(repsTab, repsGrid, lookups, issues);
  lookups.repIds = new Set(reps.map((r) => r.repId));

  const badgesGrid = tabs.get('Badges');
  const badges = badgesGrid === undefined ? [] : readTab(badgesTab, badgesGrid, lookups, issues);
  if (badgesGrid !== undefined)
    lookups.badges = new Map<string, BadgeDef>(badges.map((b) => [b.badgeId, b]));

  const roles = read(tabs, 'Roles', rolesTab, lookups, issues);
  lookups.roles = new Map(roles.map((r) => [r.roleId, r]));

  const planTemplateGrid = tabs.get('Plan Template');

  return {
    settings,
    calendar,
    reps,
    targets: read(tabs, 'Targets', targetsTab, lookups, issues),
    activities: readActivities(tabs.get('Activities'), lookups, issues),
    deals: read(tabs, 'Deals', dealsTab, lookups, issues),
    contests: read(tabs, 'Contests', contestsTab, lookups, issues),
    badgeRows: badges,
    recognition: read(tabs, 'Recognition', recognitionTab, lookups, issues),
    training: read(tabs, 'Training', trainingTab, lookups, issues),
    coaching: read(tabs, 'Coaching', coachingTab, lookups, issues),
    actionPlans: read(tabs, 'Action Plans', actionPlansTab, lookups, issues),
    planTemplate:
      planTemplateGrid === undefined
        ? null
        : parsePlanTemplate(planTemplateGrid, lookups.env, issues),
    roles,
    candidates: read(tabs, 'Candidates', candidatesTab, lookups, issues),
    commissionPlans: read(tabs, 'Commission Plans', commissionPlansTab, lookups, issues),
    notComputed: checkMetricColumns(tabs, issues),
    tabs: new Set(TAB_NAMES.filter((t) => tabs.has(t))),
  };
}

function read<R>(
  tabs: Map<TabName, Grid>,
  name: TabName,
  // biome-ignore lint/suspicious/noExplicitAny: each tab has its own column record
  def: Parameters<typeof readTab<any, R>>[0],
  lookups: Lookups,
  issues: DataIssue[],
): R[] {
  const grid = tabs.get(name);
  return grid === undefined ? [] : readTab(def, grid, lookups, issues);
}

/** Activities as columns (the biggest tab: no record per row); no tab, no rows. */
function readActivities(grid: Grid | undefined, lookups: Lookups, issues: DataIssue[]) {
  return grid === undefined ? [] : readActivityTable(grid, lookups, issues);
}

function emptyWorkbook(settings: Settings): Workbook {
  return {
    settings,
    calendar: calendarOf(settings),
    reps: [],
    targets: [],
    activities: [],
    deals: [],
    contests: [],
    badgeRows: [],
    recognition: [],
    training: [],
    coaching: [],
    actionPlans: [],
    planTemplate: null,
    roles: [],
    candidates: [],
    commissionPlans: [],
    notComputed: [],
    tabs: new Set(),
  };
}
