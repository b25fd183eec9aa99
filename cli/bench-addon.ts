// The add-on benchmark: spreadsheet calls and time of one "Recalculate now" in the fake, at 100 and 100,000 rows.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoWorkbook } from '../shared/demo';
import { measureRecalc, withActivityRows } from '../test/appsscript/measure';
import { measureWebRequests } from '../test/appsscript/measure-web';
import { planSchedule } from '../appsscript/src/schedule/plan';
import type { BenchOutcome, BenchPart } from './bench/types';

const AS_OF = '2026-11-26';
const NOW = new Date('2026-11-26T20:00:00Z');

function buildBundle(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bellringer-bench-addon-'));
  execFileSync(process.execPath, [join(root, 'scripts/build-appsscript.mjs'), '--out', dir], {
    stdio: 'pipe',
  });
  return dir;
}

export const addonPart: BenchPart = {
  name: 'addon',
  async run(): Promise<BenchOutcome> {
    const dir = buildBundle(process.cwd());
    const large = generateDemoWorkbook({ seed: 'bench-addon', asOf: AS_OF, size: 'large' });
    const small = measureRecalc(dir, withActivityRows(large, 100), NOW);
    const big = measureRecalc(dir, withActivityRows(large, 100_000), NOW);
    const full = measureRecalc(dir, large, NOW);
    const web = measureWebRequests(
      dir,
      generateDemoWorkbook({ seed: 'bench-addon', asOf: AS_OF }),
      NOW,
    );
    const ms = (m: number) => `${Math.round(m)} ms`;
    // Trigger minutes a day at each interval for this run time (runs a day × run time).
    const perDay = (every: number) => Math.ceil(((1440 / every) * full.millis) / 60_000);
    const chosen = (account: 'personal' | 'workspace') =>
      planSchedule(Math.round(full.millis), account, false).everyMinutes;
    return {
      lines: [
        `Add-on recalculation (in the fake, Node): ${small.rows} activity rows: ${small.spreadsheetCalls} spreadsheet calls, ${ms(small.millis)}`,
        `Add-on recalculation (in the fake, Node): ${big.rows} activity rows: ${big.spreadsheetCalls} spreadsheet calls, ${ms(big.millis)}`,
        `Add-on recalculation, benchmark workbook (${full.rows} activity rows): ${full.spreadsheetCalls} spreadsheet calls, ${ms(full.millis)} (Apps Script limit: 360,000 ms)`,
        `Web app: ${web.readsPerRequest} script-property reads per request with the cache, ${web.readsPerRequestCacheDropped} when Google drops it before every request (${web.requests} requests)`,
        `Trigger minutes a day at a ${ms(full.millis)} run: ${[5, 10, 15, 30, 60].map((m) => `every ${m} min ${perDay(m)}`).join(', ')}; chosen: personal every ${chosen('personal')} min, Workspace every ${chosen('workspace')} min`,
        `Cells of the benchmark workbook after a recalculation: ${full.cellsBefore.toLocaleString('en-US')} with 26-column input tabs (Set up before issue 12), ${full.cellsAfter.toLocaleString('en-US')} with input tabs as wide as their columns (Set up now); Google's limit is 10,000,000`,
        big.spreadsheetCalls === small.spreadsheetCalls
          ? 'Spreadsheet calls per recalculation do not depend on the row count.'
          : 'WARNING: spreadsheet calls per recalculation grew with the row count.',
      ],
      json: {
        bench: 'addon',
        calls_100_rows: small.spreadsheetCalls,
        calls_100k_rows: big.spreadsheetCalls,
        ms_100_rows: Math.round(small.millis),
        ms_100k_rows: Math.round(big.millis),
        benchmark_rows: full.rows,
        benchmark_calls: full.spreadsheetCalls,
        benchmark_ms: Math.round(full.millis),
        web_property_reads_per_request: web.readsPerRequest,
        web_property_reads_per_request_cache_dropped: web.readsPerRequestCacheDropped,
        benchmark_cells_26_columns: full.cellsBefore,
        benchmark_cells_fitted: full.cellsAfter,
      },
    };
  },
};
