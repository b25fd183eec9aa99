// Set up workbook: every missing input tab with headers, notes, validation and defaults, the Plan Template; offers demo data.
import { generateDemoWorkbook } from '../../../shared/demo';
import { type Grid, TAB_SPECS, type WorkbookGrids } from '../../../shared/workbook';
import { builtinBadgeGrid } from '../adapters/badge-rows';
import { ensurePlanTemplate, PLAN_TEMPLATE_TAB } from '../adapters/plan-template';
import { settingsSeed } from '../adapters/seed-rows';
import { appendMissingSettings, decorateNewSettings } from '../adapters/setup-settings';
import { readTabState, repIdRange, setupTab, type TabSetup } from '../adapters/setup-tab';
import { indexSheets, type SheetIndex } from '../adapters/sheet-index';
import { todayIso } from '../clock';
import { withAlerts, withLock } from '../guard';
import { activeSpreadsheet, type Spreadsheet, toast } from '../host';

export const DEMO_SEED = 'bellringer';

// The Plan Template tab is created apart, once, holding the template (ensurePlanTemplate).
const SETUP_SPECS = TAB_SPECS.filter((spec) => spec.name !== PLAN_TEMPLATE_TAB);

/** Empty: no input tab holds a data row (tabs with only a header count as empty). */
function isEmptyWorkbook(index: SheetIndex): boolean {
  return SETUP_SPECS.every((spec) => {
    const sheet = index.find(spec.name);
    return !sheet || sheet.getLastRow() <= 1;
  });
}

function seedFor(tab: string, timeZone: string, demo: WorkbookGrids | null): Grid | null {
  if (tab === 'Settings') return settingsSeed(timeZone, demo?.Settings);
  if (tab === 'Badges') return demo?.Badges ?? builtinBadgeGrid();
  return demo?.[tab] ?? null;
}

export interface SetupReport {
  readonly created: string[];
  readonly extended: string[];
  /** Tabs with an input's name but none of its columns: the user's, left alone. */
  readonly leftAlone: string[];
  readonly demo: boolean;
}

export function runSetup(ss: Spreadsheet, askDemo: () => boolean): SetupReport {
  const timeZone = ss.getSpreadsheetTimeZone();
  const index = indexSheets(ss);
  const demo =
    isEmptyWorkbook(index) && askDemo()
      ? generateDemoWorkbook({ seed: DEMO_SEED, asOf: todayIso(timeZone) })
      : null;
  toast(ss, demo ? 'Creating the tabs and filling them with demo data…' : 'Setting up the tabs…');
  const report: SetupReport = { created: [], extended: [], leftAlone: [], demo: demo !== null };
  let reps: TabSetup | null = null;
  for (const spec of SETUP_SPECS) {
    const seed = seedFor(spec.name, timeZone, demo);
    const existing = spec.name === 'Settings' ? index.find(spec.name) : null;
    const settingsHadData = existing ? readTabState(existing).hasData : false;
    const result = setupTab(ss, index, spec, seed, () => repIdRange(reps));
    if (result.status === 'foreign') {
      report.leftAlone.push(index.sheets.find((s) => s.sheet === result.sheet)?.name ?? spec.name);
      continue;
    }
    if (spec.name === 'Reps') reps = result;
    if (spec.name === 'Settings') {
      if (settingsHadData) {
        if (appendMissingSettings(result.sheet, timeZone) > 0) report.extended.push(spec.name);
      } else if (seed) {
        decorateNewSettings(
          result.sheet,
          seed.slice(1).map((r) => String(r[0])),
        );
      }
    }
    if (result.status === 'created') report.created.push(spec.name);
    if (result.status === 'extended' && !report.extended.includes(spec.name))
      report.extended.push(spec.name);
  }
  if (ensurePlanTemplate(ss, index)) report.created.push(PLAN_TEMPLATE_TAB);
  return report;
}

export function setupMessage(report: SetupReport): string {
  const parts: string[] = [];
  if (report.created.length > 0)
    parts.push(`Created ${report.created.length} tabs: ${report.created.join(', ')}.`);
  if (report.extended.length > 0)
    parts.push(`Added missing columns or settings to: ${report.extended.join(', ')}.`);
  for (const name of report.leftAlone) {
    parts.push(
      `Your tab "${name}" has the name of a Bellringer input tab but none of its columns in row 1, so Set up left it alone. Rename it if it is yours, or put Bellringer's headers in row 1 if it is meant as that input.`,
    );
  }
  if (parts.length === 0) parts.push('Everything was already set up; nothing was changed.');
  if (report.demo) parts.push('The tabs hold demo data: try Recalculate now, then the Dashboard.');
  parts.push(
    'Each header has a note explaining its column. Next: fill in Reps, Targets, Deals and Activities, then run Recalculate now.',
  );
  return parts.join('\n\n');
}

/** Menu: Set up workbook. */
export function setupWorkbook(): void {
  withAlerts('Set up workbook', () =>
    withLock(() => {
      const ss = activeSpreadsheet();
      const ui = SpreadsheetApp.getUi();
      const report = runSetup(
        ss,
        () =>
          ui.alert(
            'Bellringer: Set up workbook',
            'This workbook has no data yet. Fill it with a demo team (reps, deals, activities, contests) so you can try everything? You can delete the demo rows later.',
            ui.ButtonSet.YES_NO,
          ) === ui.Button.YES,
      );
      ui.alert('Bellringer: Set up workbook', setupMessage(report), ui.ButtonSet.OK);
    }),
  );
}
