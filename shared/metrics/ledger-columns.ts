// Reads Activities and Deals once into typed columns, with rep ids and activity types as dense codes.
import type { At, Day } from '../time';
import { MINUTES_PER_DAY } from '../time';
import { ActivityTable } from '../workbook';
import type { LedgerInput } from './ledger-types';

/** Dense codes for strings in first-seen order, so hot loops index typed arrays instead of Maps. */
class Codes {
  readonly byName = new Map<string, number>();
  readonly names: string[] = [];
  code(name: string): number {
    let c = this.byName.get(name);
    if (c === undefined) {
      c = this.names.length;
      this.byName.set(name, c);
      this.names.push(name);
    }
    return c;
  }
}

/** The At of a fact, falling back to the start of its day when the two disagree. */
function atOnDay(at: At | null, day: Day): At {
  return at !== null && Math.floor(at / MINUTES_PER_DAY) === day ? at : day * MINUTES_PER_DAY;
}

/** One column per field, row i of each column being fact i; `rep` and `type` hold codes. */
export interface ActivityColumns {
  readonly rep: Int32Array;
  readonly type: Int32Array;
  readonly at: Float64Array;
  readonly row: Int32Array;
  readonly count: Float64Array;
}

/** Closed (won or lost) deals with a close day. */
export interface ClosedDealColumns {
  readonly rep: Int32Array;
  readonly at: Float64Array;
  readonly row: Int32Array;
  readonly amount: Float64Array;
  /** 1 for won, 0 for lost. */
  readonly won: Uint8Array;
}

/** Deals with a created day, at the start of that day. */
export interface CreatedDealColumns {
  readonly rep: Int32Array;
  readonly at: Float64Array;
  readonly row: Int32Array;
  readonly amount: Float64Array;
}

export interface SourceColumns {
  /** Rep id of each rep code: the Reps tab first, then ids first seen in data. */
  readonly repNames: readonly string[];
  /** Activity type of each type code, in first-seen order. */
  readonly typeNames: readonly string[];
  readonly activities: ActivityColumns;
  readonly closed: ClosedDealColumns;
  readonly created: CreatedDealColumns;
}

/** One sequential pass per source into typed columns; strings become codes once. */
export function readColumns(workbook: LedgerInput): SourceColumns {
  const { deals } = workbook;
  const repCodes = new Codes();
  const typeCodes = new Codes();
  for (const r of workbook.reps) repCodes.code(r.repId);
  const activities = activityColumns(workbook.activities, repCodes, typeCodes);
  let nC = 0;
  let nP = 0;
  // Index loops over the large arrays: for-of allocates iterator results until optimised.
  for (let i = 0; i < deals.length; i++) {
    const d = deals[i]!;
    if (d.status !== 'open' && d.closeDay !== null) nC++;
    if (d.createdDay !== null) nP++;
  }
  const cRep = new Int32Array(nC);
  const cAt = new Float64Array(nC);
  const cRow = new Int32Array(nC);
  const cAmount = new Float64Array(nC);
  const cWon = new Uint8Array(nC);
  const pRep = new Int32Array(nP);
  const pAt = new Float64Array(nP);
  const pRow = new Int32Array(nP);
  const pAmount = new Float64Array(nP);
  nC = 0;
  nP = 0;
  for (let i = 0; i < deals.length; i++) {
    const d = deals[i]!;
    const rc = repCodes.code(d.repId);
    if (d.status !== 'open' && d.closeDay !== null) {
      cRep[nC] = rc;
      cAt[nC] = atOnDay(d.closeAt, d.closeDay);
      cRow[nC] = d.row;
      cAmount[nC] = d.amount;
      cWon[nC++] = d.status === 'won' ? 1 : 0;
    }
    if (d.createdDay !== null) {
      pRep[nP] = rc;
      pAt[nP] = d.createdDay * MINUTES_PER_DAY;
      pRow[nP] = d.row;
      pAmount[nP++] = d.amount;
    }
  }
  return {
    repNames: repCodes.names,
    typeNames: typeCodes.names,
    activities,
    closed: { rep: cRep, at: cAt, row: cRow, amount: cAmount, won: cWon },
    created: { rep: pRep, at: pAt, row: pRow, amount: pAmount },
  };
}

/**
 * Activities as the ledger's columns. Parsed from a sheet they already are (ActivityTable): its
 * arrays are used as they are when its codes are the ledger's (they are: both number the Reps tab
 * first and types in first-seen order), so the ledger copies nothing. Records (tests, tools) are
 * read one by one.
 */
function activityColumns(
  rows: LedgerInput['activities'],
  repCodes: Codes,
  typeCodes: Codes,
): ActivityColumns {
  if (rows instanceof ActivityTable) {
    const t = rows.columns;
    const repMap = Int32Array.from(t.repIds, (id) => repCodes.code(id));
    const typeMap = Int32Array.from(t.types, (type) => typeCodes.code(type));
    return {
      rep: isIdentity(repMap) ? t.rep : t.rep.map((c) => repMap[c]!),
      type: isIdentity(typeMap) ? t.type : t.type.map((c) => typeMap[c]!),
      // A table's `at` is on its own day (day = dayOfAt(at)), so atOnDay would return it as is.
      at: t.at,
      row: t.row,
      count: t.count,
    };
  }
  const list = rows;
  const nA = list.length;
  const aRep = new Int32Array(nA);
  const aType = new Int32Array(nA);
  const aAt = new Float64Array(nA);
  const aRow = new Int32Array(nA);
  const aCount = new Float64Array(nA);
  for (let i = 0; i < nA; i++) {
    const a = list[i]!;
    aRep[i] = repCodes.code(a.repId);
    aType[i] = typeCodes.code(a.type);
    aAt[i] = atOnDay(a.at, a.day);
    aRow[i] = a.row;
    aCount[i] = a.count;
  }
  return { rep: aRep, type: aType, at: aAt, row: aRow, count: aCount };
}

function isIdentity(map: Int32Array): boolean {
  for (let i = 0; i < map.length; i++) if (map[i] !== i) return false;
  return true;
}
