// Org contests: the same contest run by several teams (same kind, metric and dates), teams ranked per rep or per target, and the top reps across them.
import { round1 } from '../../../shared/format';
import { compareText, rankBy } from '../../../shared/order';
import { MIN_GROUP, type SnapshotContest, type Unit } from '../../../shared/snapshot';
import type { OrgContestRule } from './config';
import { isStale, type TeamLoad } from './league';

/** How teams are compared: per target when every team's contest has a goal, else per rep. */
export type ContestBasis = 'per_target' | 'per_rep';

export interface OrgContestTeam {
  /** Rank among teams with a figure; null when the team is listed without one (never a zero). */
  readonly rank: number | null;
  readonly team: string;
  readonly stale: boolean;
  /** Published standings rows of the team's contest (anonymous rows included, as the team shows them). */
  readonly participants: number;
  /** Mean result per participant, in the contest's unit; null when not comparable or not published. */
  readonly perRep: number | null;
  /** Mean % of the goal per participant; null without a goal. */
  readonly perTargetPct: number | null;
  readonly currency: string;
  /** Why the team has no rank, in plain words; null when ranked. */
  readonly note: string | null;
}

/** A named rep of a team's public standings: only these allowlisted fields leave the merge. */
export interface OrgContestRep {
  readonly rank: number;
  readonly name: string;
  readonly team: string;
  readonly value: number;
  readonly currency: string;
}

export interface OrgContest {
  readonly key: string;
  readonly name: string;
  readonly kind: SnapshotContest['kind'];
  readonly metric: string;
  readonly unit: Unit;
  readonly start: string;
  readonly end: string;
  /** Live when it is live in any team that runs it. */
  readonly status: 'live' | 'final';
  readonly basis: ContestBasis;
  readonly teams: readonly OrgContestTeam[];
  /** Best named reps across teams by the basis's figure (value, or % of goal). */
  readonly topReps: readonly OrgContestRep[];
  /** Teams in the config that could not be loaded: whether they run it is unknown. */
  readonly notLoaded: readonly string[];
}

/** One team's contest that can join an org contest: a team battle inside one sheet cannot. */
interface Entry {
  readonly team: string;
  readonly stale: boolean;
  readonly currency: string;
  readonly contest: SnapshotContest;
  /** Rep id → name of the team's published reps: the snapshot's reps list is the allowlist. */
  readonly names: ReadonlyMap<string, string>;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
export const contestKey = (c: Pick<SnapshotContest, 'kind' | 'metric' | 'start' | 'end'>) =>
  `${c.kind}|${c.metric}|${c.start}|${c.end}`;

function entries(loads: readonly TeamLoad[], nowMs: number, staleMs: number): Entry[] {
  return loads.flatMap((l) => {
    if (!l.ok) return [];
    const names = new Map(l.snapshot.reps.map((r) => [r.id, r.name]));
    return l.snapshot.contests
      .filter((c) => c.kind !== 'team' && c.status !== 'upcoming')
      .map((contest) => ({
        team: l.name,
        stale: isStale(l, nowMs, staleMs),
        currency: l.snapshot.team.currency,
        contest,
        names,
      }));
  });
}

/** The most common of the teams' own names for the contest (ties: text order). */
function commonName(group: readonly Entry[]): string {
  const counts = new Map<string, number>();
  for (const e of group) counts.set(e.contest.name, (counts.get(e.contest.name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]![0];
}

/** The currency most teams of the group count money in (ties: text order): the one compared. */
function mainCurrency(group: readonly Entry[]): string {
  const counts = new Map<string, number>();
  for (const e of group) counts.set(e.currency, (counts.get(e.currency) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]![0];
}

function teamFigure(e: Entry, basis: ContestBasis, currency: string, unit: Unit) {
  const rows = e.contest.standings;
  const values = rows.map((r) => r.value);
  const pcts = rows.map((r) => r.progressPct).filter((p): p is number => p !== null);
  const perRep =
    rows.length > 0 && values.every((v) => v !== null) ? mean(values as number[]) : null;
  const perTargetPct = pcts.length === rows.length && rows.length > 0 ? round1(mean(pcts)) : null;
  const base = {
    team: e.team,
    stale: e.stale,
    participants: rows.length,
    perRep: perRep === null ? null : round1(perRep),
    perTargetPct,
    currency: e.currency,
  };
  // A team figure from one or two people is their own figure under the team's name.
  if (rows.length < MIN_GROUP)
    return {
      ...base,
      perRep: null,
      perTargetPct: null,
      note: `Fewer than ${MIN_GROUP} taking part: not compared, so no one is singled out.`,
    };
  const figure = basis === 'per_target' ? perTargetPct : perRep;
  if (figure === null)
    return {
      ...base,
      note:
        basis === 'per_rep' && unit === 'money'
          ? 'This team does not publish amounts.'
          : 'No comparable figure published.',
    };
  if (basis === 'per_rep' && unit === 'money' && e.currency !== currency)
    return { ...base, note: `Counts in ${e.currency}, not ${currency}: not compared.` };
  return { ...base, note: null };
}

function build(
  group: Entry[],
  name: string,
  notLoaded: readonly string[],
  top: number,
): OrgContest {
  const first = group[0]!.contest;
  const basis: ContestBasis = group.every((e) => e.contest.goal !== null)
    ? 'per_target'
    : 'per_rep';
  const currency = mainCurrency(group);
  const figures = group.map((e) => teamFigure(e, basis, currency, first.unit));
  const figureOf = (t: (typeof figures)[number]) =>
    basis === 'per_target' ? t.perTargetPct! : t.perRep!;
  const ranked = rankBy(
    figures.filter((t) => t.note === null),
    (a, b) => figureOf(b) - figureOf(a),
    (a, b) => compareText(a.team, b.team),
  );
  const unranked = figures
    .filter((t) => t.note !== null)
    .sort((a, b) => compareText(a.team, b.team));
  const reps = group.flatMap((e) => {
    if (basis === 'per_rep' && first.unit === 'money' && e.currency !== currency) return [];
    return e.contest.standings.flatMap((s) => {
      // A private rep is anonymous in the team's standings (repId null): never named here.
      const name = s.repId === null ? undefined : e.names.get(s.repId);
      const value = basis === 'per_target' ? s.progressPct : s.value;
      return name === undefined || value === null
        ? []
        : [{ name, team: e.team, value, currency: e.currency }];
    });
  });
  const topReps = rankBy(
    reps,
    (a, b) => b.value - a.value,
    (a, b) => compareText(a.name, b.name) || compareText(a.team, b.team),
  )
    .slice(0, top)
    .map((r) => ({ rank: r.rank, ...r.item }));
  return {
    key: contestKey(first),
    name,
    kind: first.kind,
    metric: first.metric,
    unit: first.unit,
    start: first.start,
    end: first.end,
    status: group.some((e) => e.contest.status === 'live') ? 'live' : 'final',
    basis,
    teams: [
      ...ranked.map((r) => ({ ...r.item, rank: r.rank })),
      ...unranked.map((t) => ({ ...t, rank: null })),
    ],
    topReps,
    notLoaded,
  };
}

/**
 * The org contests. With `rules` from the config, exactly those (named by the config, matched on
 * kind, metric and dates, even when one team runs it). Without, every contest that at least two
 * teams run with the same kind, metric and dates, named as most of those teams name it. Live
 * first, then the latest ending; a team runs a contest once (its first by id if it lists two).
 */
export function orgContests(
  loads: readonly TeamLoad[],
  options: {
    readonly nowMs: number;
    readonly staleAfterMs: number;
    readonly rules?: readonly OrgContestRule[] | undefined;
    readonly top?: number;
  },
): OrgContest[] {
  const groups = new Map<string, Entry[]>();
  for (const e of entries(loads, options.nowMs, options.staleAfterMs).sort(
    (a, b) => compareText(a.team, b.team) || compareText(a.contest.id, b.contest.id),
  )) {
    const key = contestKey(e.contest);
    const group = groups.get(key) ?? [];
    if (!group.some((g) => g.team === e.team)) group.push(e);
    groups.set(key, group);
  }
  const notLoaded = loads.filter((l) => !l.ok).map((l) => l.name);
  const top = options.top ?? 10;
  const chosen: OrgContest[] = options.rules
    ? options.rules.flatMap((rule) => {
        const group = groups.get(contestKey(rule));
        return group ? [build(group, rule.name, notLoaded, top)] : [];
      })
    : [...groups.values()]
        .filter((g) => g.length >= 2)
        .map((g) => build(g, commonName(g), notLoaded, top));
  return chosen.sort(
    (a, b) =>
      (a.status === b.status ? 0 : a.status === 'live' ? -1 : 1) ||
      compareText(b.end, a.end) ||
      compareText(a.name, b.name),
  );
}
