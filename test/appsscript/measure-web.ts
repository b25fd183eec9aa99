// Measures the web app's script-property reads per request in the fake, for the bench (issue 12: property quota).
import type { WorkbookGrids } from '../../shared/workbook';
import { loadAddon } from './fake/load-bundle';

export interface WebMeasure {
  readonly requests: number;
  /** PropertiesService reads (getProperty, getProperties, getKeys) per request, cache kept. */
  readonly readsPerRequest: number;
  /** The same when Google drops the cache before every request (the worst case). */
  readonly readsPerRequestCacheDropped: number;
}

const READS = new Set(['getProperty', 'getProperties', 'getKeys']);

/** Publishes `grids`, then answers `requests` doGet calls a second apart (one screen polling each second). */
export function measureWebRequests(
  dir: string,
  grids: WorkbookGrids,
  now: Date,
  requests = 120,
): WebMeasure {
  const run = (dropCache: boolean) => {
    const addon = loadAddon({
      dir,
      now,
      timeZone: 'America/New_York',
      serviceUrl: 'https://script.google.com/macros/s/BENCH/exec',
    });
    for (const [tab, grid] of Object.entries(grids)) addon.google.spreadsheet.addSheet(tab, grid);
    addon.call('publishLeaderboard');
    addon.google.recorder.clear();
    for (let i = 0; i < requests; i++) {
      // The cache (when the bundle uses one) ages a second per request.
      addon.google.cache?.advanceSeconds(1);
      if (dropCache) addon.google.cache?.evictAll();
      addon.call('doGet', { parameter: {} });
    }
    const reads = addon.google.recorder.calls.filter(
      (c) => c.service === 'PropertiesService' && READS.has(c.method),
    ).length;
    return reads / requests;
  };
  return { requests, readsPerRequest: run(false), readsPerRequestCacheDropped: run(true) };
}
