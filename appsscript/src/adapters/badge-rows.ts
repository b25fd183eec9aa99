// The default badge catalogue as Badges-tab rows, so Set up can write it where the manager can edit it.
import { defaultBadgeCatalogue } from '../../../shared/badges';
import type { BadgeDef, Cell, Grid } from '../../../shared/workbook';
import { badgesTab } from '../../../shared/workbook';

/** Column headers in tab order with the record field each one holds. */
const FIELDS: readonly (readonly [string, keyof BadgeDef])[] = Object.entries(
  badgesTab.columns,
).map(([field, col]) => [col.header, field as keyof BadgeDef] as const);

export function badgeGrid(badges: readonly BadgeDef[]): Grid {
  const header = FIELDS.map(([h]) => h);
  // public is written as yes/no: the column is a yes/no dropdown because blank means yes.
  const cell = (v: unknown): Cell =>
    v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : (v as Cell);
  return [header, ...badges.map((b) => FIELDS.map(([, f]) => cell(b[f])))];
}

/**
 * The default catalogue (built-in badges and hi-five milestones), written into a new Badges tab so
 * the manager can edit it; the same list the engine uses without the tab, so Set up changes no award.
 */
export function builtinBadgeGrid(): Grid {
  return badgeGrid(defaultBadgeCatalogue());
}
