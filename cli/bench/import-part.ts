// The import benchmark: a 100,000-row CRM export (Windows-1252, ";", day-first dates, `3.500,00` amounts) read, mapped and merged.
import { fileURLToPath } from 'node:url';
import { EMPTY_MAPPING, importExport, type Mapping, mergeDeals } from '../../shared/import';
import { readCsvBytes } from '../io/csv-file';
import { measurePeakHeap, runPeakChild } from './peak-heap';
import { round1, timeMedian } from './stats';
import type { BenchPart } from './types';

export const IMPORT_CHILD_FLAG = '--bench-import-child';
export const IMPORT_ROWS = 100_000;
const OWNERS = 50;
const STAGES = ['Payment Done', 'Closed Won', 'Closed Lost', 'Negotiation', 'Proposal', 'C'];
const NAMES = ['Jürgen', 'Zoë', 'Ana', 'Søren', 'Élodie', 'Björn', 'Noël', 'Iñaki', 'Chloé', 'Ove'];

/** A deterministic export: the bytes a European ERP writes (Windows-1252 via Latin-1 letters only). */
export function benchExport(rows = IMPORT_ROWS): Uint8Array {
  const lines = ['Order No;Customer;Sales Rep;Status;Amount;Close Date;Created;Last Modified'];
  for (let i = 0; i < rows; i++) {
    const owner = `${NAMES[i % NAMES.length]} Rep${i % OWNERS}`;
    const stage = STAGES[i % STAGES.length]!;
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    const date = `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.2024`;
    const cents = (i * 7919) % 100;
    const amount = `${(1000 + ((i * 37) % 90000)).toLocaleString('de-DE')},${String(cents).padStart(2, '0')}`;
    const close = stage === 'C' || i % 10 === 0 ? '' : date;
    lines.push(
      // \u0080 is the byte 0x80 in Latin-1: the euro sign in Windows-1252.
      `A-${i};Kunde ${i % 997};${owner};${stage};\u0080 ${amount};${close};${date};${date} 10:15`,
    );
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
}

const MAPPING: Mapping = {
  ...EMPTY_MAPPING,
  stages: [
    { stage: 'Payment Done', outcome: 'won' },
    { stage: 'C', outcome: 'won' },
  ],
};

/** Read (decode + CSV), map, and merge into an empty Deals tab: what `bellringer import` does in memory. */
export function importOnce(bytes: Uint8Array) {
  const { rows } = readCsvBytes(bytes, 'export.csv', 'export.csv', { decimalCommas: false });
  const outcome = importExport({
    rows,
    source: 'export.csv',
    mapping: MAPPING,
    reps: [],
    workbookTimeZone: 'Europe/Berlin',
    workbookCurrency: 'EUR',
  });
  if (outcome.kind !== 'mapped')
    throw new Error(`bench export did not map: ${JSON.stringify(outcome.issues.slice(0, 2))}`);
  return { outcome, merged: mergeDeals(undefined, outcome.deals, outcome.ignoredIds, 'append') };
}

export function importHeapChild(): void {
  const bytes = benchExport();
  runPeakChild(() => importOnce(bytes));
}

export const importPart: BenchPart = {
  name: 'import',
  async run(script) {
    const bytes = benchExport();
    const first = importOnce(bytes);
    const once = timeMedian(() => importOnce(bytes));
    // A re-import of the same export into the Deals it wrote: every deal updated, none added.
    const again = timeMedian(() =>
      mergeDeals(first.merged.grid, first.outcome.deals, first.outcome.ignoredIds, 'append'),
    );
    const peak = measurePeakHeap(script ?? fileURLToPath(import.meta.url), [IMPORT_CHILD_FLAG]);
    const o = first.outcome;
    return {
      lines: [
        `Import: ${IMPORT_ROWS.toLocaleString('en-US')}-row export (${round1(bytes.length / 1e6)} MB, Windows-1252, ";", day-first, decimal comma): ${o.deals.length} deals, ${o.newReps.length} new reps, ${o.issues.length} row notes`,
        `(i) read + map + merge: median ${round1(once.ms)} ms of [${once.runs.map(round1).join(', ')}] after 1 warm-up`,
        `(ii) re-import merge into the 100,000 deals it wrote (all updated): median ${round1(again.ms)} ms`,
        `peak heap during (i): ${round1(peak.peakMb)} MB, of which ${round1(peak.startMb)} MB held before (the export's bytes and the code)`,
      ],
      json: {
        bench: 'import',
        rows: IMPORT_ROWS,
        import_ms: round1(once.ms),
        reimport_merge_ms: round1(again.ms),
        peak_heap_mb: round1(peak.peakMb),
      },
    };
  },
};
