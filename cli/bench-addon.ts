// The add-on benchmark: spreadsheet calls and time of one "Recalculate now" in the fake, at 100 and 100,000 rows.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoWorkbook } from '../shared/demo';
import { measureRecalc, withActivityRows } from '../test/appsscript/measure';
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
    const ms = (m: number) => `${Math.round(m)} ms`;
    return {
      lines: [
        `Add-on recalculation (in the fake, Node): ${small.rows} activity rows: ${small.spreadsheetCalls} spreadsheet calls, ${ms(small.millis)}`,
        `Add-on recalculation (in the fake, Node): ${big.rows} activity rows: ${big.spreadsheetCalls} spreadsheet calls, ${ms(big.millis)}`,
        `Add-on recalculation, benchmark workbook (${full.rows} activity rows): ${full.spreadsheetCalls} spreadsheet calls, ${ms(full.millis)} (Apps Script limit: 360,000 ms)`,
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
      },
    };
  },
};
