// On-demand parts of the snapshot: where each lives beside the first load, which one a page needs, and loading it.
import {
  type PartCheck,
  type PartWant,
  type Snapshot,
  partKeyFor,
  validatePart,
} from '../../../shared/snapshot';
import type { Route } from '../router';
import { type FetchFn, fetchJson } from './load';

/**
 * A static snapshot `…/snapshot.json` keeps its parts in `…/snapshot.parts/<key>.json`
 * (cli/snapshot-files.ts); any other address (the add-on's web app) is asked `?part=<key>`.
 * Keys are checked by the schema ([a-z0-9-] only), so they never change the path's meaning.
 */
export function partUrl(snapshotUrl: string, key: string): string {
  const u = new URL(snapshotUrl);
  if (u.pathname.endsWith('.json')) {
    u.pathname = `${u.pathname.slice(0, -'.json'.length)}.parts/${key}.json`;
  } else {
    u.searchParams.set('part', key);
  }
  return u.href;
}

/** The part a route needs beyond the first load (a rep's awards, a final race, the holders). */
export function wantFor(route: Route): PartWant | null {
  switch (route.view) {
    case 'rep':
      return { kind: 'rep', id: route.id };
    case 'contest':
      return { kind: 'contest', id: route.id };
    case 'badges':
      return { kind: 'holders' };
    case 'leaderboard':
    case 'contests':
    case 'recognition':
    case 'not-found':
      return null;
  }
}

/** Fetches and validates the part `want` needs; null when the first load already has it all. */
export async function loadPart(
  snapshotUrl: string,
  snapshot: Snapshot,
  want: PartWant,
  fetchFn: FetchFn,
  acceptFinalUrl?: (finalUrl: string) => boolean,
): Promise<(PartCheck & { readonly key: string }) | null> {
  const key = partKeyFor(snapshot, want);
  if (key === null) return null;
  const fetched = await fetchJson(partUrl(snapshotUrl, key), fetchFn, undefined, acceptFinalUrl);
  if (!fetched.ok) return { ok: false, reason: fetched.reason, key };
  return { ...validatePart(fetched.data, snapshot.generatedAt), key };
}
