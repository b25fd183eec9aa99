// The mapping as data: how one CRM export's columns, stages, dates, numbers and owners read; saved in the workbook.
import * as v from 'valibot';
import { IMPORT_FIELDS, IMPORT_KINDS } from './fields';
import { STAGE_OUTCOMES } from './stages';

export const DATE_ORDERS = ['day-first', 'month-first'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];
export const DECIMAL_MARKS = ['comma', 'point'] as const;
export type DecimalMark = (typeof DECIMAL_MARKS)[number];

/** What an owner maps to: a rep_id of Reps, or `new` (add the owner to Reps, private). */
export const NEW_REP = 'new';

export const MappingSchema = v.object({
  /** deals or activities; null = read from the export's columns. */
  kind: v.nullable(v.picklist(IMPORT_KINDS)),
  /** The preset whose column names and stages are used; null = the closest one, if any. */
  preset: v.nullable(v.string()),
  /** Export header per field, where the manager (or a past import) chose it. */
  columns: v.array(v.object({ field: v.picklist(IMPORT_FIELDS), header: v.string() })),
  /** How `03/04/2026` reads; null = decided from the data, else asked. */
  dateOrder: v.nullable(v.picklist(DATE_ORDERS)),
  /** How `1,500` reads; null = decided from the data, else asked. */
  decimalMark: v.nullable(v.picklist(DECIMAL_MARKS)),
  /** The zone the export writes times without an offset in; null = the workbook's. */
  timeZone: v.nullable(v.string()),
  /** The one currency counted; null = the workbook's. Deals in another currency are reported. */
  currency: v.nullable(v.string()),
  stages: v.array(v.object({ stage: v.string(), outcome: v.picklist(STAGE_OUTCOMES) })),
  /** Owner as the export writes it → rep_id, or NEW_REP. */
  owners: v.array(v.object({ owner: v.string(), rep: v.string() })),
});
export type Mapping = v.InferOutput<typeof MappingSchema>;

export const EMPTY_MAPPING: Mapping = {
  kind: null,
  preset: null,
  columns: [],
  dateOrder: null,
  decimalMark: null,
  timeZone: null,
  currency: null,
  stages: [],
  owners: [],
};
