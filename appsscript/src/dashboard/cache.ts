// The sidebar's model between recalculations: kept in the document cache, replaced by each Recalculate.
//
// Each sidebar open used to read the whole workbook and run the engine. Recalculate now stores
// the model it computed; the sidebar answers from it until the next Recalculate (or the Refresh
// button, or a new day). CacheService keeps a value up to 6 hours and 100 KB and may drop it
// earlier (https://developers.google.com/apps-script/reference/cache/cache), so a miss simply
// computes the model again.
import type { DashboardData } from './types';

const KEY = 'bellringer.dashboard.v1';
const SECONDS = 21_600;

function documentCache(): GoogleAppsScript.Cache.Cache | null {
  try {
    return CacheService.getDocumentCache();
  } catch {
    return null;
  }
}

/** The model stored for `today` (the spreadsheet's day), or null. */
export function cachedDashboard(today: string): DashboardData | null {
  const text = documentCache()?.get(KEY);
  if (!text) return null;
  try {
    const stored = JSON.parse(text) as { day?: string; data?: DashboardData };
    return stored.day === today && stored.data ? stored.data : null;
  } catch {
    return null;
  }
}

/** Stores the model; a model too big for one cache entry is simply not kept. */
export function keepDashboard(today: string, data: DashboardData): void {
  try {
    documentCache()?.put(KEY, JSON.stringify({ day: today, data }), SECONDS);
  } catch {
    // Too large, or the cache is unavailable: the next call computes it again.
  }
}
