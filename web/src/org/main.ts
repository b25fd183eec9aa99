// Org page entry: reads ?org=<config> (default ./org.json), loads every team and shows the league.
import { indexedDbCache } from '../data/idb-cache';
import { checkDataSource, readAllowedSources } from '../data/source';
import { orgContests } from './contests';
import { buildLeague } from './league';
import { loadOrgConfig, loadTeams } from './load';
import './br-org';

const DEFAULT_STALE_HOURS = 24;

async function start(): Promise<void> {
  const el = document.querySelector('br-org');
  if (!el) return;
  const allowed = readAllowedSources(document);
  const raw = new URLSearchParams(location.search).get('org') ?? 'org.json';
  const source = checkDataSource(raw, location.href, allowed);
  if (!source.ok) {
    el.error = source.reason;
    return;
  }
  const fetchFn = (url: string, init?: RequestInit) => window.fetch(url, init);
  const config = await loadOrgConfig(source.url, fetchFn);
  if (!config.ok) {
    el.error = config.reason;
    return;
  }
  el.name = config.config.name;
  document.title = `${config.config.name} · Bellringer`;
  let cache = null;
  try {
    cache = indexedDbCache(window.indexedDB ?? null, null);
  } catch {
    // No copy kept: failed teams show as not loaded.
  }
  const loads = await loadTeams(config.config.teams, {
    fetch: fetchFn,
    pageHref: location.href,
    allowed,
    cache,
    now: () => Date.now(),
  });
  const nowMs = Date.now();
  const staleAfterMs = (config.config.staleAfterHours ?? DEFAULT_STALE_HOURS) * 3_600_000;
  el.contests = orgContests(loads, { nowMs, staleAfterMs, rules: config.config.contests });
  el.league = buildLeague(loads, { nowMs, staleAfterMs });
}

void start();
