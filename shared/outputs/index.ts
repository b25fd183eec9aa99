// Public surface of the outputs module: the output table shape, the Issues table and formula escaping.
export { columnLetter } from './a1';
export { escapeFormula, unescapeFormula } from './escape';
export { issuesTable } from './issues-table';
export type { ColumnFormat, OutCell, Table } from './table';
