// Public surface of the outputs module: the output table shape, the Issues table and formula escaping.
export { escapeFormula } from './escape';
export { issuesTable } from './issues-table';
export type { ColumnFormat, OutCell, Table } from './table';
