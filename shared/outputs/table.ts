// An output tab as plain data: the add-on writes it to a sheet, the CLI to tabs/<Tab>.csv.

export type OutCell = string | number | boolean | null;

/** How a column should be formatted in the sheet. */
export type ColumnFormat = 'text' | 'integer' | 'number' | 'money' | 'percent' | 'date';

export interface Table {
  /** The output tab name, e.g. "Scorecard". */
  readonly tab: string;
  /** The note put on the header row: what the tab is and that it is regenerated on every run. */
  readonly note: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly OutCell[])[];
  /** Format per column name; columns not listed are shown as they are. */
  readonly formats: Readonly<Record<string, ColumnFormat>>;
}
