// The marker Bellringer puts on every tab it creates (developer metadata), and how a tab is recognised as its own.
import * as v from 'valibot';
import type { Sheet } from '../host';
import type { SheetIndex } from './sheet-index';

/**
 * One developer-metadata entry per Bellringer tab, visible to this script project only
 * (PROJECT visibility: another script, or a user's own, cannot read or plant it). A user's tab is
 * never recognised by its name: only this marker says "Bellringer made this".
 */
export const MARKER_KEY = 'bellringer.output';

/**
 * `sheetId` and `name` are what the tab was when Bellringer last wrote it. A copy of the tab
 * (Duplicate, copy to) carries a copy of the marker but gets a new sheet id, so it is the user's;
 * a tab the user renamed is theirs too (kept as an archive, never overwritten).
 * `state`: `output` (a live output tab), `staging` (being written, hidden), `retired` (an old
 * output moved aside during a swap, deleted once the swap is done).
 */
const MarkerSchema = v.object({
  v: v.literal(1),
  tab: v.string(),
  state: v.picklist(['output', 'staging', 'retired']),
  sheetId: v.number(),
  name: v.string(),
});
export type Marker = v.InferOutput<typeof MarkerSchema>;
export type MarkerState = Marker['state'];

type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** A tab Bellringer made and still owns: the marker matches the sheet's id and current name. */
export interface OwnedTab {
  readonly sheet: Sheet;
  /** The sheet's name now (a staging or retired tab's may differ from its marker's). */
  readonly name: string;
  readonly marker: Marker;
  readonly metadata: Metadata;
}

export function markerValue(marker: Marker): string {
  return JSON.stringify(marker);
}

function parseMarker(value: string | null): Marker | null {
  if (value === null) return null;
  try {
    const parsed = v.safeParse(MarkerSchema, JSON.parse(value));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/**
 * Our marker on a sheet, if it is there and describes this very sheet: the same sheet id, and for a
 * live output also the same name (a renamed output is the user's archive). Staging and retired
 * tabs are Bellringer's whatever their name, so a swap that died between a rename and a marker
 * update still leaves them recognisable as leftovers.
 */
export function ownedTab(sheet: Sheet, name: string): OwnedTab | null {
  const project = SpreadsheetApp.DeveloperMetadataVisibility.PROJECT;
  let id: number | null = null;
  for (const md of sheet.getDeveloperMetadata()) {
    if (md.getKey() !== MARKER_KEY || md.getVisibility() !== project) continue;
    const marker = parseMarker(md.getValue());
    if (!marker || (marker.state === 'output' && marker.name !== name)) continue;
    id ??= sheet.getSheetId();
    if (marker.sheetId === id) return { sheet, name, marker, metadata: md };
  }
  return null;
}

/** Every tab Bellringer owns, in tab order: one getDeveloperMetadata call per sheet. */
export function ownedTabs(index: SheetIndex): OwnedTab[] {
  const out: OwnedTab[] = [];
  for (const s of index.sheets) {
    const owned = ownedTab(s.sheet, s.name);
    if (owned) out.push(owned);
  }
  return out;
}

/** Marks a sheet Bellringer just created; returns the metadata handle for later state changes. */
export function markSheet(sheet: Sheet, marker: Marker): Metadata {
  sheet.addDeveloperMetadata(
    MARKER_KEY,
    markerValue(marker),
    SpreadsheetApp.DeveloperMetadataVisibility.PROJECT,
  );
  // addDeveloperMetadata answers the sheet, not the entry. The sheet is new, so the entry just
  // added is its only one (the last, should Google ever add its own).
  const md = sheet.getDeveloperMetadata().pop();
  if (!md) throw new Error(`Bellringer could not mark the tab "${marker.name}" as its own.`);
  return md;
}

/** The live output tab Bellringer wrote for `tab` (for example `Issues`), whatever name it was given. */
export function findOutput(index: SheetIndex, tab: string): Sheet | null {
  return (
    ownedTabs(index).find((o) => o.marker.tab === tab && o.marker.state === 'output')?.sheet ?? null
  );
}
