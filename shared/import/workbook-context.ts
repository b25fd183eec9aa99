// What an import needs from the workbook (Reps, time zone, currency, the saved mapping), and its result written back as tabs.
import type { DataIssue } from '../issues';
import {
  cellText,
  type Grid,
  headerKey,
  IMPORT_MAPPING_TAB,
  parseSettings,
  type WorkbookGrids,
} from '../workbook';
import type { ImportOutcome } from './facts';
import type { Mapping } from './mapping';
import { mappingGrid, readMappingGrid, withMapping } from './mapping-tab';
import { type Merged, type MergeMode, mergeActivities, mergeDeals, mergeReps } from './merge';
import type { KnownRep } from './owners';

/** The workbook's tab whose name matches (case, spaces, `_` and `-` do not count). */
export function findTab(grids: WorkbookGrids, name: string): Grid | undefined {
  const key = headerKey(name);
  const found = Object.keys(grids).find((t) => headerKey(t) === key);
  return found === undefined ? undefined : grids[found];
}

export interface WorkbookContext {
  readonly reps: KnownRep[];
  readonly timeZone: string;
  readonly currency: string;
  /** The saved mappings, one per kind of export (mappingFor picks one). */
  readonly mappings: Mapping[];
  /** Problems reading the saved mapping (a bad answer is asked again). */
  readonly issues: DataIssue[];
}

export function workbookContext(grids: WorkbookGrids, defaultTimeZone: string): WorkbookContext {
  const issues: DataIssue[] = [];
  const settings = parseSettings(findTab(grids, 'Settings'), { defaultTimeZone }, []);
  const reps: KnownRep[] = [];
  const repsGrid = findTab(grids, 'Reps');
  if (repsGrid && repsGrid.length > 0) {
    const head = (repsGrid[0] ?? []).map((c) => headerKey(cellText(c) ?? ''));
    const [id, name, email] = ['repid', 'name', 'email'].map((k) => head.indexOf(k));
    for (const row of repsGrid.slice(1)) {
      const repId = (cellText(row[id!]) ?? '').trim();
      if (repId === '') continue;
      const mail = email! < 0 ? '' : (cellText(row[email!]) ?? '').trim();
      reps.push({ repId, name: (cellText(row[name!]) ?? '').trim() || repId, email: mail || null });
    }
  }
  const read = readMappingGrid(findTab(grids, IMPORT_MAPPING_TAB));
  issues.push(...read.issues);
  return {
    reps,
    timeZone: settings.timeZone,
    currency: settings.currency,
    mappings: read.mappings,
    issues,
  };
}

export interface Applied {
  /** The tabs to write, whole: the input tab, Reps when owners were added, and the mapping. */
  readonly tabs: Readonly<Record<string, Grid>>;
  readonly merged: Merged;
  readonly repsAdded: number;
}

/** The mapped rows merged into the workbook's tabs (pure: the caller writes them). */
export function applyImport(
  grids: WorkbookGrids,
  saved: readonly Mapping[],
  outcome: Extract<ImportOutcome, { kind: 'mapped' }>,
  mode: MergeMode,
): Applied {
  const tabs: Record<string, Grid> = {};
  let merged: Merged;
  if (outcome.importKind === 'deals') {
    merged = mergeDeals(findTab(grids, 'Deals'), outcome.deals, outcome.ignoredIds, mode);
    tabs.Deals = merged.grid;
  } else {
    merged = mergeActivities(findTab(grids, 'Activities'), outcome.activities, mode);
    tabs.Activities = merged.grid;
  }
  const reps = mergeReps(findTab(grids, 'Reps'), outcome.newReps);
  if (reps.added > 0) tabs.Reps = reps.grid;
  tabs[IMPORT_MAPPING_TAB] = mappingGrid(
    withMapping(saved, outcome.mapping).map((mapping) => ({ mapping })),
  );
  return { tabs, merged, repsAdded: reps.added };
}
