// The raw shape of a workbook: what Sheets' getValues returns, or what the CLI reads from CSV/xlsx.

/** One cell as Sheets returns it: text, number, boolean, a Date for date cells, or blank. */
export type Cell = string | number | boolean | Date | null | undefined;

/** A tab's cells, row 1 (the header) first. Rows may be ragged. */
export type Grid = readonly (readonly Cell[])[];

/** Every tab of a workbook by its name as the user typed it. Tab names match case-insensitively. */
export type WorkbookGrids = Readonly<Record<string, Grid>>;
