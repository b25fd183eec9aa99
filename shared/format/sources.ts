// Source rows in words: "rows 14, 27 and 3 more", and the " (Deals rows 4, 9)" suffix of an explanation.

/** "rows 14, 27, 31" with at most `max` rows listed, then "and N more". */
export function formatRows(rows: readonly number[] | Int32Array, max = 10): string {
  if (rows.length === 0) return 'no rows';
  const shown = rows.slice(0, max).join(', ');
  const more = rows.length > max ? ` and ${rows.length - max} more` : '';
  return `${rows.length === 1 ? 'row' : 'rows'} ${shown}${more}`;
}

export interface RowRef {
  readonly tab: string;
  readonly row: number;
}

/** ` (Activities rows 5, 9 and 3 more)` for rows of one tab, ascending; '' when there are none. */
export function rowsSuffix(tab: string, rows: readonly number[] | Int32Array, cap = 10): string {
  return rows.length === 0 ? '' : ' (' + tab + ' ' + formatRows(rows, cap) + ')';
}

/** ` (Activities rows 5, 9 and 3 more)` to append to a sentence; '' when there are no rows. */
export function sourcesSuffix(refs: readonly RowRef[], cap = 10): string {
  if (refs.length === 0) return '';
  const first = refs[0]!.tab;
  // Most explanations read one metric, so one tab: skip the grouping.
  if (refs.every((r) => r.tab === first))
    return rowsSuffix(
      first,
      refs.map((r) => r.row),
      cap,
    );
  const byTab = new Map<string, number[]>();
  for (const ref of refs) {
    const rows = byTab.get(ref.tab);
    if (rows) rows.push(ref.row);
    else byTab.set(ref.tab, [ref.row]);
  }
  const parts: string[] = [];
  for (const [tab, rows] of byTab) parts.push(tab + ' ' + formatRows(rows, cap));
  return ' (' + parts.join('; ') + ')';
}
