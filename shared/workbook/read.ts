// The generic tab reader: header map once, then tight per-column coercion of every row.

import type { DataIssue } from '../issues';
import { Bad, CUT_FIX, cellText, cutText, MAX_TEXT_LENGTH } from './cells';
import type { Cell, Grid } from './grid';
import { type HeaderMap, headerKey, isBlank, isBlankRow, readHeader } from './headers';
import type { Columns, Values } from './spec';
import type { Lookups, RowContext, TabDef } from './tab';

import { reportHeaders } from './header-check';
import { issue } from './read-issue';

export { issue, missingTabIssue } from './read-issue';

interface Compiled {
  readonly key: string;
  readonly header: string;
  readonly index: number;
  readonly column: Columns[string];
  readonly checkRep: boolean;
}

class RowCursor implements RowContext {
  row = 0;
  cells: readonly Cell[] = [];
  constructor(
    private readonly tab: string,
    readonly header: HeaderMap,
    readonly lookups: Lookups,
    private readonly issues: DataIssue[],
  ) {}
  valueOf(h: string): string | null {
    const i = this.header.index.get(headerKey(h));
    const cell = i === undefined ? undefined : this.cells[i];
    return isBlank(cell) ? null : cellText(cell);
  }
  error(column: string | null, value: string | null, problem: string, fix: string): null {
    this.issues.push(issue(this.tab, this.row, column, value, problem, fix, 'error'));
    return null;
  }
  warn(column: string | null, value: string | null, problem: string, fix: string): void {
    this.issues.push(issue(this.tab, this.row, column, value, problem, fix, 'warning'));
  }
}

/** Reads every usable row of a tab into records; problems go to `issues`. Never throws. */
export function readTab<C extends Columns, R>(
  def: TabDef<C, R>,
  grid: Grid,
  lookups: Lookups,
  issues: DataIssue[],
): R[] {
  const out: R[] = [];
  readRows(def, grid, lookups, issues, (values, ctx) => {
    const record = def.build(values, ctx);
    if (record === null) return false;
    out.push(record);
    return true;
  });
  return out;
}

/**
 * Checks every row of a tab and hands each usable row's values to `keep`, which stores them as it
 * likes (a record, or typed columns) and says whether it kept the row. The checks and their
 * issues are the same whatever `keep` does. `values` is one object refilled per row: copy from it.
 */
export function readRows<C extends Columns>(
  def: Pick<TabDef<C, unknown>, 'name' | 'columns' | 'id' | 'extraColumns'>,
  grid: Grid,
  lookups: Lookups,
  issues: DataIssue[],
  keep: (values: Values<C>, ctx: RowContext) => boolean,
): void {
  const tab = def.name;
  const header = readHeader(grid);
  for (const d of header.duplicates) {
    issues.push(
      issue(
        tab,
        1,
        d.text,
        d.text,
        `The column "${d.text}" appears twice; only the first one is read.`,
        'Remove or rename the second column.',
        'warning',
      ),
    );
  }
  const compiled: Compiled[] = [];
  const missing: string[] = [];
  for (const [key, column] of Object.entries(def.columns)) {
    const index = header.index.get(headerKey(column.header)) ?? -1;
    if (index < 0 && column.required) missing.push(column.header);
    compiled.push({
      key,
      header: column.header,
      index,
      column,
      checkRep: column.validation.kind === 'repId' && tab !== 'Reps',
    });
  }
  const columns = Object.values(def.columns);
  const privacy = Object.entries(def.columns).find(([, c]) => c.privacy === true);
  const { forcePrivate } = reportHeaders(
    tab,
    header,
    columns.map((c) => c.header),
    privacy === undefined ? null : privacy[1].header,
    def.extraColumns === true,
    issues,
  );
  if (missing.length > 0) {
    for (const m of missing) {
      issues.push(
        issue(
          tab,
          1,
          m,
          null,
          `The ${tab} tab has no "${m}" column, so none of its rows can be read.`,
          `Add a column headed "${m}" in row 1.`,
          'error',
        ),
      );
    }
    return;
  }

  const seen = new Map<string, number>();
  const idKey = def.id;
  const idHeader = idKey ? (def.columns[idKey]?.header ?? null) : null;
  const ctx = new RowCursor(tab, header, lookups, issues);
  const env = lookups.env;
  const repIds = lookups.repIds;
  // One values object per tab, refilled per row: `build` copies what it needs, so nothing
  // escapes, and the hot loop allocates only the record itself.
  const values: Record<string, unknown> = {};
  for (const c of compiled) values[c.key] = null;

  for (let r = 1; r < grid.length; r++) {
    const raw = grid[r];
    if (!Array.isArray(raw) || isBlankRow(raw)) continue;
    const rowNumber = r + 1;
    ctx.row = rowNumber;
    ctx.cells = raw;
    try {
      let ok = true;
      for (let i = 0; i < compiled.length; i++) {
        const c = compiled[i] as Compiled;
        const cell = c.index >= 0 ? raw[c.index] : undefined;
        if (cell === null || cell === undefined || isBlank(cell)) {
          if (c.column.required) {
            ok =
              ctx.error(
                c.header,
                null,
                `${c.header} is blank but required.`,
                `Fill in ${c.header}, or delete the row.`,
              ) ?? false;
          }
          values[c.key] = c.column.fallback;
          continue;
        }
        let v: unknown;
        if (typeof cell === 'string' && cell.length > MAX_TEXT_LENGTH) {
          const cut = cutText(cell) ?? cell;
          ctx.warn(
            c.header,
            `${cut.slice(0, 40)}…`,
            `${c.header} is ${cell.length} characters long; only the first ${MAX_TEXT_LENGTH} are read.`,
            CUT_FIX,
          );
          v = c.column.coerce(cut, env);
        } else v = c.column.coerce(cell, env);
        if (v instanceof Bad) {
          const where = `${c.header} ${v.problem}`;
          if (c.column.onBad === 'error') {
            ok =
              ctx.error(c.header, cellText(cell), `${where}; the row is left out.`, v.fix) ?? false;
            values[c.key] = c.column.fallback;
          } else {
            const { value, text } = c.column.bad;
            const then = text === null ? 'read as blank' : `read as ${text}`;
            ctx.warn(c.header, cellText(cell), `${where}; ${then}.`, v.fix);
            values[c.key] = value;
          }
          continue;
        }
        if (c.checkRep && !repIds.has(v as string)) {
          ok =
            ctx.error(
              c.header,
              v as string,
              `${c.header} "${v}" is not a rep in the Reps tab; the row is left out.`,
              'Use a rep_id from the Reps tab, or add the rep there.',
            ) ?? false;
        }
        values[c.key] = v;
      }
      if (!ok) continue;
      // A header that may be a misspelt privacy column: no row of the tab is published.
      if (forcePrivate && privacy !== undefined) values[privacy[0]] = false;
      let id: string | null = null;
      if (idKey) {
        id = values[idKey] as string;
        const first = seen.get(id);
        if (first !== undefined) {
          ctx.error(
            idHeader,
            id,
            `${idHeader} "${id}" is used again (first on row ${first}); this row is left out.`,
            `Give each row its own ${idHeader}, or delete the duplicate.`,
          );
          continue;
        }
      }
      if (!keep(values as Values<C>, ctx)) continue;
      if (id !== null) seen.set(id, rowNumber);
    } catch (e) {
      ctx.error(
        null,
        null,
        `This row could not be read (${e instanceof Error ? e.message : 'unexpected value'}).`,
        'Check the row for unusual values; if it looks right, report it as a bug.',
      );
    }
  }
}
