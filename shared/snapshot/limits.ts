// Size limits of the published snapshot: only what the site draws, so a 200-rep team fits the web-app store.
import { compareText } from '../order';
import type { ContestInput, ProgressInput, RecognitionInput } from './input';

/**
 * Race lines kept per contest: the site's race chart draws at most 6 lines (MAX_LINES in
 * web/src/components/br-race-chart.ts). Keep the two equal.
 */
export const RACE_LINES = 6;
/** Badges in progress kept per rep: the nearest ones, as the rep page lists them first. */
export const PROGRESS_PER_REP = 3;
/** Recognition entries kept: the newest, in the site's feed order. */
export const RECOGNITION_ENTRIES = 200;

/**
 * The race series of the leaders: the participants of the first RACE_LINES standings (by rank,
 * then standings order). Standings themselves are all kept; only the drawn lines are cut.
 */
export function leadingSeries(c: ContestInput): ContestInput['series'] {
  if (c.series.length <= RACE_LINES) return c.series;
  const leaders = new Set<string>();
  const ranked = c.standings
    .map((s, i) => ({ key: c.kind === 'team' ? (s.team ?? null) : s.repId, rank: s.rank, i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i);
  for (const s of ranked) {
    if (leaders.size === RACE_LINES) break;
    if (s.key !== null) leaders.add(s.key);
  }
  return c.series.filter((s) => s.key !== null && leaders.has(s.key));
}

/** Per rep, the PROGRESS_PER_REP badges nearest to being earned: highest pct, then badge id. */
export function nearestProgress<P extends ProgressInput>(progress: readonly P[]): P[] {
  const byRep = new Map<string, P[]>();
  for (const p of progress) {
    const list = byRep.get(p.repId);
    if (list) list.push(p);
    else byRep.set(p.repId, [p]);
  }
  const kept = new Set<P>();
  for (const list of byRep.values()) {
    list.sort((a, b) => b.pct - a.pct || compareText(a.badgeId, b.badgeId));
    for (const p of list.slice(0, PROGRESS_PER_REP)) kept.add(p);
  }
  return progress.filter((p) => kept.has(p));
}

/** The RECOGNITION_ENTRIES newest entries (date, then id, as the feed sorts), in input order. */
export function newestRecognition<R extends RecognitionInput>(entries: readonly R[]): R[] {
  if (entries.length <= RECOGNITION_ENTRIES) return [...entries];
  const kept = new Set(
    [...entries]
      .sort((a, b) => compareText(b.date, a.date) || compareText(a.id, b.id))
      .slice(0, RECOGNITION_ENTRIES),
  );
  return entries.filter((r) => kept.has(r));
}
