// The dialog's request, validated once at the edge (valibot); every other import file takes the parsed form.
import * as v from 'valibot';

const Name = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'The export has no name.'),
  v.maxLength(200),
);

export const ImportSourceSchema = v.variant('kind', [
  /** A CSV file the dialog read and decoded (its encoding noted, for the manager). */
  v.object({
    kind: v.literal('text'),
    name: Name,
    text: v.string(),
    encoding: v.optional(v.picklist(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']), 'utf-8'),
  }),
  /** The first sheet of an .xlsx the dialog read. */
  v.object({
    kind: v.literal('rows'),
    name: Name,
    rows: v.array(v.array(v.nullable(v.union([v.string(), v.number(), v.boolean()])))),
  }),
  /** A tab of this spreadsheet where the export was pasted or imported. */
  v.object({ kind: v.literal('tab'), tab: Name }),
]);
export type ImportSource = v.InferOutput<typeof ImportSourceSchema>;

export const ImportRequestSchema = v.object({
  source: ImportSourceSchema,
  answers: v.optional(
    v.pipe(
      v.array(
        v.object({
          key: v.pipe(v.string(), v.maxLength(500)),
          value: v.pipe(v.string(), v.maxLength(500)),
        }),
      ),
      v.maxLength(2000),
    ),
    [],
  ),
});
export type ImportRequest = v.InferOutput<typeof ImportRequestSchema>;
