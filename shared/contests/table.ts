// The Standings output tab, and the prize each rank takes once a contest is final.
import type { Table } from '../outputs';
import { standingText } from './standing-words';
import type { ContestResult, ContestStatus } from './types';

const ORDINAL = /(\d+)\s*(?:st|nd|rd|th)\s*[:=-]\s*([^;,]+)/gi;

/**
 * Prizes go to final contests only. A prize written per place (`1st: $500; 2nd: $200`) is given
 * by rank; any other text is the prize for rank 1. Tied ranks take the same prize.
 */
export function prizeFor(prize: string | null, rank: number, status: ContestStatus): string | null {
  if (status !== 'final' || prize === null || prize.trim() === '') return null;
  const places = [...prize.matchAll(ORDINAL)];
  if (places.length === 0) return rank === 1 ? prize.trim() : null;
  const hit = places.find((m) => Number(m[1]) === rank);
  return hit ? hit[2]!.trim() : null;
}

export const STANDINGS_HEADER = [
  'contest_id',
  'rank',
  'rep_id',
  'value',
  'progress_pct',
  'finished_at',
  'status',
  'contest',
  'prize',
  'explanation',
  'team',
  'rules_hash',
] as const;

/**
 * One row per participant; for team contests `rep_id` holds the team name, as the spec says.
 * `currency` writes money in the explanations (standing-words.ts).
 */
export function standingsTable(results: readonly ContestResult[], currency: string): Table {
  const rows = results.flatMap((r) =>
    r.standings.map((s) => [
      s.contestId,
      s.rank,
      s.repId ?? s.team,
      s.value,
      s.progressPct,
      s.finishedAt,
      r.status,
      r.contest.name,
      prizeFor(r.contest.prize, s.rank, r.status),
      standingText(s, currency),
      s.team,
      r.rulesHash,
    ]),
  );
  return {
    tab: 'Standings',
    note: 'Contest standings, one row per participant, written by Bellringer on every run; edits here are not kept.',
    header: STANDINGS_HEADER,
    rows,
    formats: { rank: 'integer', value: 'number', progress_pct: 'percent', finished_at: 'text' },
  };
}
