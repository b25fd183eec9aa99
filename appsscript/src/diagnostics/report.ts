// The Diagnostics report: plain text a manager can copy into a support request, the same every time for the same numbers.
import { formatNumber, formatPct } from '../../../shared/format';
import type { AutoRecalculateInfo } from '../dashboard/types';
import { CELL_LIMIT, type Estimate, RUN_LIMIT_MS } from './estimate';
import type { Diagnosis } from './measure';

export interface ReportContext {
  readonly at: string;
  readonly timeZone: string;
  readonly locale: string;
  readonly auto: AutoRecalculateInfo;
  /** Room for the packed snapshot in the web app's store (both copies while switching). */
  readonly storeRoomBytes: number;
}

const n = (x: number) => formatNumber(x);
const ms = (x: number) => (x < 10_000 ? `${n(x)} ms` : `${formatNumber(x / 1000, 1)} s`);
const kb = (bytes: number) => `${n(Math.ceil(bytes / 1024))} kB`;
const every = (minutes: number) => (minutes === 60 ? 'hourly' : `every ${minutes} minutes`);
const perUnit = (total: number, count: number) => formatNumber(total / Math.max(1, count), 3);

export function diagnosticsReport(d: Diagnosis, e: Estimate, c: ReportContext): string {
  const share = (d.sheetCells / CELL_LIMIT) * 100;
  const lines = [
    `Bellringer diagnostics, ${c.at}`,
    `Spreadsheet: time zone ${c.timeZone}, locale ${c.locale}, ${n(d.tabs)} tabs`,
    `Size: ${n(d.sheetCells)} of ${n(CELL_LIMIT)} cells (${formatPct(share)}); ${n(d.inputRows)} input rows, ${formatNumber(d.cellsPerInputRow, 1)} cells a row`,
    '',
    'Measured now',
    `  Read the input tabs: ${ms(d.readMs)} (${perUnit(d.readMs, d.inputRows)} ms a row)`,
    `  Engine: ${ms(d.engineMs)} (${perUnit(d.engineMs, d.inputRows)} ms a row)`,
    `  Write test: ${n(d.writeCells)} cells in ${ms(d.writeMs)} (${perUnit(d.writeMs, d.writeCells)} ms a cell), on a hidden tab Bellringer made and removed`,
    `  Read test: ${n(d.writeCells)} cells in ${ms(d.readBackMs)}`,
    `  Publish dry run: snapshot ${kb(d.publish.jsonBytes)}, ${kb(d.publish.packedBytes)} packed (the web app's store has room for ${kb(c.storeRoomBytes)}), ${ms(d.publish.ms)}; nothing was published`,
    '',
    'Recalculate, estimated (linear in the input rows; output tabs as today)',
    `  Now: ${ms(e.nowMs)} (${n(d.outputCells)} output cells)`,
    ...e.growth.map((g) =>
      g.rows === null
        ? `  At ${formatPct(g.share * 100)} of the cell limit: already past`
        : `  At ${formatPct(g.share * 100)} of the cell limit (about ${n(g.rows)} input rows): ${ms(g.recalcMs ?? 0)}`,
    ),
    e.rowsAtRunLimit === null
      ? `  Apps Script stops a run at ${n(RUN_LIMIT_MS / 60_000)} minutes: not reached before the cell limit`
      : `  Apps Script stops a run at ${n(RUN_LIMIT_MS / 60_000)} minutes: reached at about ${n(e.rowsAtRunLimit)} input rows`,
    '',
    `Auto-recalculate: ${c.auto.on ? `on, ${every(c.auto.everyMinutes)}` : `off (it would run ${every(c.auto.everyMinutes)})`}. ${c.auto.words}`,
    `Issues in the workbook: ${n(d.result.issues.length)}`,
  ];
  const warnings = limitWarnings(d, e, share, c);
  if (warnings.length > 0) lines.push('', 'Limits near', ...warnings.map((w) => `  ${w}`));
  return `${lines.join('\n')}\n`;
}

/** What nears a limit, each with where docs/addon.md says what to do. */
function limitWarnings(d: Diagnosis, e: Estimate, share: number, c: ReportContext): string[] {
  const out: string[] = [];
  if (share >= 80)
    out.push(
      'Cells: over 80 % of the 10 million cell limit (docs/addon.md, "When a limit nears").',
    );
  if (e.nowMs >= RUN_LIMIT_MS * 0.5)
    out.push(
      'Run time: Recalculate takes over half of the 6-minute limit (docs/addon.md, "When a limit nears").',
    );
  if (d.publish.packedBytes >= c.storeRoomBytes * 0.8)
    out.push(
      'Publish: the snapshot nears the web app store\'s room (docs/addon.md, "When a limit nears").',
    );
  if (c.auto.minutesPerDay !== null && c.auto.minutesPerDay >= c.auto.budgetMinutes * 0.8)
    out.push(
      'Trigger time: a day of runs nears the daily trigger budget (docs/addon.md, "When a limit nears").',
    );
  return out;
}
