// The org league from many team snapshots: teams ranked per rep and per target, top reps across teams, live contests; a team that failed is never a zero.
import { round1 } from '../../../shared/format';
import { compareText, rankBy } from '../../../shared/order';
import type { PeriodKindPublic, Snapshot } from '../../../shared/snapshot';

/** What loading one team gave: its snapshot, or why there is none. */
export type TeamLoad =
  | {
      readonly name: string;
      readonly ok: true;
      readonly snapshot: Snapshot;
      /** Set when this is the last good copy from the cache: why the source failed now. */
      readonly failed?: string;
    }
  | { readonly name: string; readonly ok: false; readonly reason: string };

export type TeamStatus = 'fresh' | 'stale' | 'unreachable';

export interface LeagueRow {
  /** Rank among teams with a figure; null for a team without one (never ranked as zero). */
  readonly rank: number | null;
  readonly team: string;
  readonly status: TeamStatus;
  /** Why the team is stale or unreachable, in plain words; null when fresh. */
  readonly note: string | null;
  /** Published reps (a team's private reps are not in its snapshot, so not counted). */
  readonly reps: number | null;
  /** Mean % of target of the team's published reps with a target: normalised per target. */
  readonly attainmentPct: number | null;
  /** Won revenue per published rep, only when the team publishes amounts. */
  readonly revenuePerRep: number | null;
  readonly currency: string | null;
}

export interface TopRep {
  readonly rank: number;
  readonly team: string;
  readonly name: string;
  readonly attainmentPct: number;
}

/** A live contest of one team (the org contests are in contests.ts). */
export interface TeamContest {
  readonly team: string;
  readonly name: string;
  readonly end: string;
}

export interface League {
  readonly period: PeriodKindPublic;
  readonly rows: readonly LeagueRow[];
  readonly topReps: readonly TopRep[];
  readonly contests: readonly TeamContest[];
}

/** Stale: shown from the last good copy, or generated longer ago than the org allows. */
export function isStale(
  load: Extract<TeamLoad, { ok: true }>,
  nowMs: number,
  staleMs: number,
): boolean {
  const generated = Date.parse(load.snapshot.generatedAt);
  return load.failed !== undefined || !Number.isFinite(generated) || nowMs - generated > staleMs;
}

function teamRow(load: TeamLoad, period: PeriodKindPublic, nowMs: number, staleMs: number) {
  if (!load.ok)
    return {
      team: load.name,
      status: 'unreachable' as const,
      note: `Not loaded: ${load.reason}`,
      reps: null,
      attainmentPct: null,
      revenuePerRep: null,
      currency: null,
    };
  const s = load.snapshot;
  const old = isStale(load, nowMs, staleMs);
  const pcts = s.reps.map((r) => r.attainment[period]).filter((x): x is number => x !== null);
  const revenue = s.leaderboards.find((b) => b.periodKind === period && b.lens === 'revenue');
  const named = revenue?.entries.filter((e) => e.repId !== null && e.value !== null) ?? [];
  return {
    team: load.name,
    status: old ? ('stale' as const) : ('fresh' as const),
    note: old
      ? `Data from ${s.generatedAt.slice(0, 16).replace('T', ' ')} UTC${load.failed ? `, the last good copy (now: ${load.failed})` : ': not updated since.'}`
      : null,
    reps: s.reps.length,
    attainmentPct: pcts.length > 0 ? round1(pcts.reduce((a, b) => a + b, 0) / pcts.length) : null,
    revenuePerRep:
      s.team.publishAmounts && named.length > 0 && s.reps.length > 0
        ? Math.round(named.reduce((a, e) => a + (e.value ?? 0), 0) / s.reps.length)
        : null,
    currency: s.team.publishAmounts ? s.team.currency : null,
  };
}

/**
 * Teams ranked by attainment (ties: revenue per rep, then name); teams without a figure follow,
 * unranked. Top reps come from each team's published reps only, so a rep a team keeps private
 * stays out of the merge as it is out of that team's own site.
 */
export function buildLeague(
  loads: readonly TeamLoad[],
  options: {
    readonly nowMs: number;
    readonly staleAfterMs: number;
    readonly period?: PeriodKindPublic;
    readonly top?: number;
  },
): League {
  const period = options.period ?? 'month';
  const rows = loads.map((l) => teamRow(l, period, options.nowMs, options.staleAfterMs));
  // Competition ranks (1, 2, 2, 4), as everywhere: teams equal on both figures share a rank.
  const withFigure = rankBy(
    rows.filter((r) => r.attainmentPct !== null),
    (a, b) =>
      b.attainmentPct! - a.attainmentPct! || (b.revenuePerRep ?? -1) - (a.revenuePerRep ?? -1),
    (a, b) => compareText(a.team, b.team),
  );
  const without = rows
    .filter((r) => r.attainmentPct === null)
    .sort((a, b) => compareText(a.team, b.team));
  const ranked: LeagueRow[] = [
    ...withFigure.map(({ item, rank }) => ({ ...item, rank })),
    ...without.map((r) => ({ ...r, rank: null })),
  ];
  const candidates = loads.flatMap((l) =>
    l.ok
      ? l.snapshot.reps
          .filter((r) => r.attainment[period] !== null)
          .map((r) => ({ team: l.name, name: r.name, attainmentPct: r.attainment[period]! }))
      : [],
  );
  const topReps = rankBy(
    candidates,
    (a, b) => b.attainmentPct - a.attainmentPct,
    (a, b) => compareText(a.name, b.name) || compareText(a.team, b.team),
  )
    .slice(0, options.top ?? 10)
    .map(({ item, rank }) => ({ rank, ...item }));
  const contests = loads
    .flatMap((l) =>
      l.ok
        ? l.snapshot.contests
            .filter((c) => c.status === 'live')
            .map((c) => ({ team: l.name, name: c.name, end: c.end }))
        : [],
    )
    .sort(
      (a, b) =>
        compareText(a.end, b.end) || compareText(a.team, b.team) || compareText(a.name, b.name),
    );
  return { period, rows: ranked, topReps, contests };
}
