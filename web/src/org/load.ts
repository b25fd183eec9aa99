// Loads the org config and every team's snapshot, in parallel; a failed team falls back to its last good copy.
import type { LastGoodCache } from '../data/cache';
import { type FetchFn, fetchJson, loadSnapshot, NOT_FOUND_HINT } from '../data/load';
import { checkDataSource } from '../data/source';
import { type ConfigCheck, validateOrgConfig } from './config';
import type { TeamLoad } from './league';

export async function loadOrgConfig(url: string, fetchFn: FetchFn): Promise<ConfigCheck> {
  const fetched = await fetchJson(url, fetchFn);
  return fetched.ok ? validateOrgConfig(fetched.data) : fetched;
}

/** After a 404: where the org page takes a team's address from (docs/org.md). */
export const ORG_NOT_FOUND_HINT =
  "Check this team's url in org.json (or the config named by ?org=), or ask the team to publish from the add-on.";

export interface TeamSource {
  readonly name: string;
  readonly url: string;
}

/**
 * Each team's address passes the same check as the site's `?data=` (same origin or listed by the
 * site's owner); a refused one is shown as not loaded, never fetched. The cache keeps each team's
 * last good copy, so a team that fails now shows its older data marked stale.
 */
export async function loadTeams(
  teams: readonly TeamSource[],
  deps: {
    readonly fetch: FetchFn;
    readonly pageHref: string;
    readonly allowed: readonly string[];
    readonly cache: LastGoodCache | null;
    readonly now: () => number;
    readonly timeoutMs?: number;
  },
): Promise<TeamLoad[]> {
  return Promise.all(
    teams.map(async (t): Promise<TeamLoad> => {
      const source = checkDataSource(t.url, deps.pageHref, deps.allowed);
      if (!source.ok) return { name: t.name, ok: false, reason: source.reason };
      const loaded = await loadSnapshot(source.url, deps.fetch, deps.timeoutMs ?? 10_000);
      // The team site's advice (?data=) does not apply here: a team's address is in the org config.
      const result = loaded.ok
        ? loaded
        : { ...loaded, reason: loaded.reason.replace(NOT_FOUND_HINT, ORG_NOT_FOUND_HINT) };
      if (result.ok) {
        void deps.cache?.save(source.url, result.snapshot, deps.now()).catch(() => false);
        return { name: t.name, ok: true, snapshot: result.snapshot };
      }
      const cached = await deps.cache?.read(source.url).catch(() => null);
      return cached
        ? { name: t.name, ok: true, snapshot: cached.snapshot, failed: result.reason }
        : { name: t.name, ok: false, reason: result.reason };
    }),
  );
}
