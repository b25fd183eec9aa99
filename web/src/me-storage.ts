// Who "me" is on this device, and what my numbers were on earlier data days: localStorage only, never sent anywhere.
import type { Snapshot } from '../../shared/snapshot';

const ME_KEY = 'bellringer:me';
const MEMO_KEY = 'bellringer:me-days';
/** Data days remembered; "since yesterday" needs one, a few cover weekends and missed days. */
const KEEP_DAYS = 7;

export function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readMe(store: Storage | null): string | null {
  try {
    const id = store?.getItem(ME_KEY) ?? null;
    return id && id.length <= 200 ? id : null;
  } catch {
    return null;
  }
}

export function writeMe(store: Storage | null, repId: string | null): void {
  try {
    if (repId === null) {
      store?.removeItem(ME_KEY);
      store?.removeItem(MEMO_KEY);
    } else store?.setItem(ME_KEY, repId);
  } catch {
    // Not remembered (privacy mode or quota): the choice still holds for this visit.
  }
}

/** What I looked like on one data day: rank per board key ("month|revenue") and attainment. */
export interface DayMemo {
  readonly day: string;
  readonly ranks: Readonly<Record<string, number>>;
  readonly attainment: Readonly<Record<string, number | null>>;
  readonly badges: number;
}

export function memoOf(snapshot: Snapshot, repId: string): DayMemo {
  const ranks: Record<string, number> = {};
  for (const b of snapshot.leaderboards) {
    const e = b.entries.find((x) => x.repId === repId);
    if (e) ranks[`${b.periodKind}|${b.lens}`] = e.rank;
  }
  const rep = snapshot.reps.find((r) => r.id === repId);
  return {
    day: snapshot.asOf,
    ranks,
    attainment: { ...(rep?.attainment ?? {}) },
    badges: snapshot.awards.filter((a) => a.repId === repId).length,
  };
}

function readMemos(store: Storage | null): DayMemo[] {
  try {
    const raw = JSON.parse(store?.getItem(MEMO_KEY) ?? '[]') as unknown;
    return Array.isArray(raw)
      ? raw.filter(
          (m): m is DayMemo =>
            typeof m === 'object' && m !== null && typeof (m as DayMemo).day === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

/**
 * Records today's memo (replacing an earlier one of the same data day) and returns the latest memo
 * of an earlier data day: "yesterday" as this device last saw it, or null on a first visit.
 */
export function rememberDay(store: Storage | null, memo: DayMemo): DayMemo | null {
  const memos = readMemos(store).filter((m) => m.day !== memo.day);
  const earlier = memos.filter((m) => m.day < memo.day).sort((a, b) => (a.day < b.day ? 1 : -1));
  const kept = [...memos, memo].sort((a, b) => (a.day < b.day ? 1 : -1)).slice(0, KEEP_DAYS);
  try {
    store?.setItem(MEMO_KEY, JSON.stringify(kept));
  } catch {
    // Not remembered: tomorrow simply has nothing to compare with.
  }
  return earlier[0] ?? null;
}
