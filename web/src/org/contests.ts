// Org contests: the same contest run by several teams (same kind, metric and dates), teams ranked per rep or per target, and the top reps across them.
import { round1 } from '../../../shared/format';
import { compareText, rankBy } from '../../../shared/order';
import { MIN_GROUP, type SnapshotContest, type Unit } from '../../../shared/snapshot';
import type { ContestKind } from '../../../shared/workbook';
import type { OrgContestRule } from './config';
import { isStale, type TeamLoad } from './league';

/**
 * How teams are compared, the contest kind's own measure: per target (mean % of goal) or per rep
 * (mean value); a streak by the mean best streak in days (its goal is the daily bar, not a
 * target); a first-to race by the share of participants who reached the goal.
 */
export type ContestBasis = 'per_target' | 'per_rep' | 'streak_days' | 'reached_share';

type Standing = SnapshotContest['standings'][number];
const goalOrRep = (group: readonly Entry[]): ContestBasis =>
  group.every((e) => e.contest.goal !== null) ? 'per_target' : 'per_rep';

/** Each contest kind's basis: exhaustive, so a new kind is a type error until it is placed. */
export const KIND_BASIS: Record<ContestKind, (group: readonly Entry[]) => ContestBasis> = {
  most: goalOrRep,
  percent_of_target: goalOrRep,
  first_to: () => 'reached_share',
  // A team battle is groups inside one sheet and never merges (entries() leaves it out).
  team: goalOrRep,
  streak: () => 'streak_days',
  improvement: goalOrRep,
};

/** The day a rep reached a first-to goal (finishedAt is the team's local 'YYYY-MM-DDTHH:MM'). */
const reachedOf = (s: Standing): string | null => s.finishedAt;

interface BasisRule {
  /** The team's figure from its standings rows (at least one); null when not published. */
  readonly figure: (rows: readonly Standing[]) => number | null;
  /** A rep's figure; null leaves the rep out (unless reached, for a first-to race). */
  readonly repValue: (s: Standing) => number | null;
  /** Whether figures are in the contest's unit, so money in another currency is not compared. */
  readonly inUnit: boolean;
}

const meanOf = (xs: readonly (number | null)[]) =>
  xs.every((x) => x !== null) ? round1(mean(xs as number[])) : null;

const BASIS_RULES: Record<ContestBasis, BasisRule> = {
  per_rep: {
    figure: (rows) => meanOf(rows.map((r) => r.value)),
    repValue: (s) => s.value,
    inUnit: true,
  },
  per_target: {
    figure: (rows) => meanOf(rows.map((r) => r.progressPct)),
    repValue: (s) => s.progressPct,
    inUnit: false,
  },
  // Days are days in every team: no currency, and a streak's value is its length.
  streak_days: {
    figure: (rows) => meanOf(rows.map((r) => r.value)),
    repValue: (s) => s.value,
    inUnit: false,
  },
  reached_share: {
    figure: (rows) =>
      round1((rows.filter((r) => reachedOf(r) !== null).length / rows.length) * 100),
    repValue: (s) => s.value,
    inUnit: true,
  },
};

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
  /** The basis's figure (what the team is ranked by); null when not compared. */
  readonly figure: number | null;
  readonly currency: string;
  /** Why the team has no rank, in plain words; null when ranked. */
  readonly note: string | null;
}

/** A named rep of a team's public standings: only these allowlisted fields leave the merge. */
export interface OrgContestRep {
  readonly rank: number;
  readonly name: string;
  readonly team: string;
  /** The rep's figure by the basis; null only for a first-to rep who reached the goal with amounts hidden. */
  readonly value: number | null;
  /** First-to only: when the rep reached the goal, the team's local 'YYYY-MM-DDTHH:MM'; else null. */
  readonly reachedAt: string | null;
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
  /** Best named reps across teams by the basis's figure (value, % of goal, streak days, reach time). */
  readonly topReps: readonly OrgContestRep[];
  /** Teams in the config that could not be loaded: whether they run it is unknown. */
  readonly notLoaded: readonly string[];
}

/** One team's contest that can join an org contest: a team battle inside one sheet cannot. */
export interface Entry {
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
  const rule = BASIS_RULES[basis];
  const base = {
    team: e.team,
    stale: e.stale,
    participants: rows.length,
    perRep: rows.length > 0 ? meanOf(rows.map((r) => r.value)) : null,
    perTargetPct: rows.length > 0 ? meanOf(rows.map((r) => r.progressPct)) : null,
    figure: rows.length > 0 ? rule.figure(rows) : null,
    currency: e.currency,
  };
  // A team figure from one or two people is their own figure under the team's name.
  if (rows.length < MIN_GROUP)
    return {
      ...base,
      perRep: null,
      perTargetPct: null,
      figure: null,
      note: `Fewer than ${MIN_GROUP} taking part: not compared, so no one is singled out.`,
    };
  if (base.figure === null)
    return {
      ...base,
      note:
        rule.inUnit && unit === 'money'
          ? 'This team does not publish amounts.'
          : 'No comparable figure published.',
    };
  if (rule.inUnit && basis === 'per_rep' && unit === 'money' && e.currency !== currency)
    return { ...base, note: `Counts in ${e.currency}, not ${currency}: not compared.` };
  return { ...base, note: null };
}

/** First-to: who reached the goal first (local time), then the rest by value; else value desc. */
function compareReps(basis: ContestBasis) {
  return (a: RepRow, b: RepRow): number => {
    if (basis === 'reached_share') {
      if (a.reachedAt !== b.reachedAt) {
        if (a.reachedAt === null) return 1;
        if (b.reachedAt === null) return -1;
        return compareText(a.reachedAt, b.reachedAt);
      }
      if (a.reachedAt !== null) return 0;
    }
    if (a.value === b.value) return 0;
    if (a.value === null) return 1;
    if (b.value === null) return -1;
    return b.value - a.value;
  };
}

type RepRow = Omit<OrgContestRep, 'rank'>;

function build(
  group: Entry[],
  name: string,
  notLoaded: readonly string[],
  top: number,
): OrgContest {
  const first = group[0]!.contest;
  const basis = KIND_BASIS[first.kind](group);
  const rule = BASIS_RULES[basis];
  const currency = mainCurrency(group);
  const figures = group.map((e) => teamFigure(e, basis, currency, first.unit));
  const ranked = rankBy(
    figures.filter((t) => t.note === null),
    (a, b) => b.figure! - a.figure!,
    (a, b) => compareText(a.team, b.team),
  );
  const unranked = figures
    .filter((t) => t.note !== null)
    .sort((a, b) => compareText(a.team, b.team));
  const reps = group.flatMap((e): RepRow[] => {
    const otherMoney = rule.inUnit && first.unit === 'money' && e.currency !== currency;
    return e.contest.standings.flatMap((s) => {
      // A private rep is anonymous in the team's standings (repId null): never named here.
      const name = s.repId === null ? undefined : e.names.get(s.repId);
      const reachedAt = basis === 'reached_share' ? reachedOf(s) : null;
      // Money in another currency is not compared by value; a reach time is, in any currency.
      const value = otherMoney ? null : rule.repValue(s);
      return name === undefined || (value === null && reachedAt === null)
        ? []
        : [{ name, team: e.team, value, reachedAt, currency: e.currency }];
    });
  });
  const topReps = rankBy(
    reps,
    compareReps(basis),
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
