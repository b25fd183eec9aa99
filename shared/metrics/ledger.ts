// The ledger: per-rep, per-metric daily facts with prefix sums and the source rows behind them.
import { readColumns } from './ledger-columns';
import { groupEntries } from './ledger-groups';
import { prefixSums } from './ledger-prefix';
import { queryLedger } from './ledger-query';
import type { Ledger, LedgerInput } from './ledger-types';

export { DEAL_METRICS, sourceTab } from './ledger-metrics';
export type { Ledger, LedgerEvent, LedgerInput, MetricKey, SourceRef } from './ledger-types';

export function buildLedger(workbook: LedgerInput): Ledger {
  const groups = groupEntries(readColumns(workbook), workbook.settings.activityWeights);
  return queryLedger(groups, prefixSums(groups));
}
