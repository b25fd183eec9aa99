// The toolkit's narrow input types accept the real Workbook, Ledger and Targets.
import { describe, expect, it } from 'vitest';
import type { Ledger } from '../../../shared/metrics/ledger';
import type { Targets } from '../../../shared/metrics/targets';
import type { LedgerView, TargetsView, ToolkitWorkbook } from '../../../shared/toolkit';
import type { Workbook } from '../../../shared/workbook';

// Compile-time contract: the toolkit's narrow views accept the real records. If a workbook or
// metrics type drifts from what the toolkit reads, `tsc -p test` fails here.
const fitsWorkbook = (w: Workbook): ToolkitWorkbook => w;
const fitsLedger = (l: Ledger): LedgerView => l;
const fitsTargets = (t: Targets): TargetsView => t;

describe('toolkit inputs', () => {
  it('accept the full Workbook, Ledger and Targets', () => {
    expect([fitsWorkbook, fitsLedger, fitsTargets].every((f) => typeof f === 'function')).toBe(
      true,
    );
  });
});
