// Org page entry: reads ?org=<config> (default ./org.json), loads every team and shows the league; ?tv=1 is the org wall, reloading the teams each refresh.
import { indexedDbCache } from '../data/idb-cache';
import { checkDataSource, readAllowedSources } from '../data/source';
import { orgContests } from './contests';
import { buildLeague } from './league';
import { readOptions } from '../params';
import { loadOrgConfig, loadTeams } from './load';
import { readOrgSlides } from './tv-pages';
import './br-org';
import './br-org-tv';

const DEFAULT_STALE_HOURS = 24;
/**
 * The org wall reads every team's whole first load (no `?version` check per team), so by default
 * it does so every 5 minutes, not every minute as a team's wall: 50 teams' web apps are each asked
 * once per wall per refresh. `refresh=` still sets it.
 */
const ORG_REFRESH_MS = 5 * 60_000;

function orgRefreshMs(options: { readonly refreshMs: number }): number {
  return new URLSearchParams(location.search).has('refresh') ? options.refreshMs : ORG_REFRESH_MS;
}

/** The wall takes the page's place: same data, TV tokens (a token swap, theme.css). */
function wall(page: HTMLElement, intervalMs: number) {
  document.documentElement.classList.add('tv');
  const tv = document.createElement('br-org-tv');
  tv.intervalMs = intervalMs;
  tv.slides = readOrgSlides(location.search);
  page.replaceWith(tv);
  return tv;
}

async function start(): Promise<void> {
  const el = document.querySelector('br-org');
  if (!el) return;
  const options = readOptions(location.search);
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
  const view = options.tv ? wall(el, options.intervalMs) : el;
  view.name = config.config.name;
  document.title = `${config.config.name} · Bellringer`;
  let cache = null;
  try {
    cache = indexedDbCache(window.indexedDB ?? null, null);
  } catch {
    // No copy kept: failed teams show as not loaded.
  }
  const staleAfterMs = (config.config.staleAfterHours ?? DEFAULT_STALE_HOURS) * 3_600_000;
  const load = async () => {
    const loads = await loadTeams(config.config.teams, {
      fetch: fetchFn,
      pageHref: location.href,
      allowed,
      cache,
      now: () => Date.now(),
    });
    const nowMs = Date.now();
    view.contests = orgContests(loads, { nowMs, staleAfterMs, rules: config.config.contests });
    view.league = buildLeague(loads, { nowMs, staleAfterMs });
  };
  await load();
  // A wall runs for days: each team's data is read again every refresh (a team that fails then
  // shows its last good copy, marked stale).
  if (options.tv) {
    const again = () => setTimeout(() => void load().finally(again), orgRefreshMs(options));
    again();
  }
}

void start();
