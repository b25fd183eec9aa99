// One listing of the spreadsheet's sheets, looked up by name the way the engine matches tab names.
import type { Sheet, Spreadsheet } from '../host';

/** Tab names match case-insensitively, ignoring spaces, `_` and `-` (as headers do). */
export function tabKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

export interface SheetIndex {
  /** Sheets in tab order with their names (read once). */
  readonly sheets: readonly { readonly name: string; readonly sheet: Sheet }[];
  find(tab: string): Sheet | null;
}

/** Costs one getSheets call plus one getName per sheet, whatever the row counts. */
export function indexSheets(ss: Spreadsheet): SheetIndex {
  const sheets = ss.getSheets().map((sheet) => ({ name: sheet.getName(), sheet }));
  const byKey = new Map<string, Sheet>();
  for (const s of sheets) if (!byKey.has(tabKey(s.name))) byKey.set(tabKey(s.name), s.sheet);
  return { sheets, find: (tab) => byKey.get(tabKey(tab)) ?? null };
}
