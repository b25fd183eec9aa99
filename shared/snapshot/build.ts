// Builds the public snapshot from the engine's private results: the privacy model, applied in one place.
import { compareText } from '../order';
import { type PublishedRow, publishedRows, rerank, totalMayShow } from './disclosure';
import type {
  AwardInput,
  ContestInput,
  LeaderboardInput,
  RecognitionInput,
  SnapshotInput,
  SnapshotRepInput,
} from './input';
import { leadingSeries, nearestProgress, newestRecognition } from './limits';
import { type NameDirectory, nameDirectory, publicSender, scrubText } from './names';
import {
  badgeMeasuresMoney,
  moneyHidden,
  type PublicPolicy,
  publicMoney,
  publicMoneyShare,
  publicPolicy,
} from './public-policy';
import type { Snapshot } from './schema';
import { SNAPSHOT_VERSION } from './schema';
import { scrubSnapshot } from './scrub';
import { type TeamGroups, teamGroups } from './teams';
import { contestUnit, lensUnit } from './units';
import { publicRulesText, publicStandingText } from './words/contests';
import { publicLeaderboardText } from './words/leaderboards';

const ANONYMOUS = 'A teammate who is not listed publicly.';
/** A team total that is not shown: with one or two hidden members it would give their result. */
const WITHHELD =
  "The team's total is not shown: it includes teammates who are not listed publicly.";

/**
 * Only reps who are active and `public = yes` appear by name or id. Everyone else appears only as
 * anonymous ranked rows when at least MIN_GROUP of them share a list, and in totals only when at
 * least MIN_GROUP of them are in it (disclosure.ts); a team of hidden reps only is not named
 * (teams.ts). With amounts hidden, nothing proportional to a money result is published
 * (public-policy.ts). Every text, ids included, is scrubbed of hidden reps' names and of emails
 * (scrub.ts). Race lines, badge progress and recognition are cut to what the site shows
 * (limits.ts). docs/privacy.md states the rules and the threat model.
 */
export function buildSnapshot(input: SnapshotInput): Snapshot {
  const publicReps = input.reps.filter((r) => r.active && r.public);
  const visible = new Set(publicReps.map((r) => r.repId));
  const names = nameDirectory(input.reps);
  const policy = publicPolicy(input.team);
  const showAmounts = policy.publishAmounts;
  const teams = teamGroups(input.reps, visible);

  // A contest for one team of hidden reps only would name that team; its rows are all hidden.
  const contests = input.contests.filter(
    (c) => c.public && (c.team === null || teams.nameable(c.team)),
  );
  const badges = input.badges.filter((b) => b.public);
  const publicBadgeIds = new Set(badges.map((b) => b.id));
  const publicContestIds = new Set(contests.map((c) => c.id));
  const awards = input.awards.filter(
    (a) => a.public && visible.has(a.repId) && publicBadgeIds.has(a.badgeId),
  );
  const holders = countHolders(awards);
  const moneyBadges = new Set(badges.filter(badgeMeasuresMoney).map((b) => b.id));

  const snapshot: Snapshot = {
    schema: 'bellringer.snapshot',
    version: SNAPSHOT_VERSION,
    generatedAt: input.generatedAt,
    asOf: input.asOf,
    team: {
      name: input.team.name,
      currency: input.team.currency,
      timeZone: input.team.timeZone,
      weekStartsOn: input.team.weekStartsOn,
      tvTopN: input.team.tvTopN,
      publishAmounts: showAmounts,
    },
    periods: input.periods.map((p) => ({ ...p })),
    reps: [...publicReps].sort(byNameThenId).map(publicRep),
    teams: teams.published(),
    leaderboards: input.leaderboards.map((board) => publicLeaderboard(board, visible, policy)),
    contests: contests.map((c) => publicContest(c, visible, teams, policy)),
    badges: badges.map((b) => ({
      id: b.id,
      name: b.name,
      kind: b.kind,
      tier: b.tier,
      icon: b.icon,
      description: b.description,
      howToEarn: b.howToEarn,
      holders: holders.get(b.id) ?? 0,
    })),
    awards: awards.map((a) => ({
      badgeId: a.badgeId,
      repId: a.repId,
      earnedOn: a.earnedOn,
      window: a.window,
      windowName: a.windowName,
      explanation: a.explanation,
    })),
    // Progress toward a money bar times the bar (in the badge's own description) is the amount.
    progress: nearestProgress(
      input.progress.filter(
        (p) =>
          visible.has(p.repId) &&
          publicBadgeIds.has(p.badgeId) &&
          publicMoneyShare(policy, moneyBadges.has(p.badgeId), p.pct) !== null,
      ),
    ).map((p) => ({ repId: p.repId, badgeId: p.badgeId, pct: p.pct, explanation: p.explanation })),
    recognition: newestRecognition(
      input.recognition.filter((r) =>
        isPublicRecognition(r, visible, publicBadgeIds, publicContestIds),
      ),
    ).map((r) => publicRecognition(r, names)),
  };
  return scrubSnapshot(snapshot, names);
}

/**
 * The snapshot as text, keys in schema order, with a final newline. Pretty (two-space indent) by
 * default, for the CLI's snapshot.json that people read and diff; `{ pretty: false }` is compact,
 * for the web-app store where every byte counts against the property quota.
 */
export function serializeSnapshot(
  snapshot: Snapshot,
  options: { readonly pretty?: boolean } = {},
): string {
  return `${options.pretty === false ? JSON.stringify(snapshot) : JSON.stringify(snapshot, null, 2)}\n`;
}

function publicRep(r: SnapshotRepInput): Snapshot['reps'][number] {
  return {
    id: r.repId,
    name: r.name,
    initials: initialsOf(r.name),
    team: r.team,
    avatarUrl: r.avatarUrl?.startsWith('https://') ? r.avatarUrl : null,
    level: r.level,
    levelTitle: r.levelTitle,
    xp: r.xp,
    nextLevelXp: r.nextLevelXp,
    streak: { current: r.streak.current, best: r.streak.best },
    attainment: {
      week: r.attainment.week,
      month: r.attainment.month,
      quarter: r.attainment.quarter,
      year: r.attainment.year,
    },
  };
}

function publicLeaderboard(
  board: LeaderboardInput,
  visible: ReadonlySet<string>,
  policy: PublicPolicy,
): Snapshot['leaderboards'][number] {
  const unit = lensUnit(board.lens);
  const rows = publishedRows(
    board.entries.map((e) => ({ ...e, shown: e.repId !== null && visible.has(e.repId) })),
  );
  const reranked = rows.length < board.entries.length;
  const kept = rows.map((r) => r.row);
  return {
    periodKind: board.periodKind,
    period: board.period,
    lens: board.lens,
    unit,
    entries: rows.map(({ row: e, shown, rank }) => {
      if (!shown)
        return { rank, repId: null, value: null, previousRank: null, explanation: ANONYMOUS };
      // Without the hidden rows, last period's ranks close up too, or their gaps would show.
      const previousRank =
        reranked && e.previousRank !== null
          ? rerank(e.previousRank, kept, (k) => k.previousRank)
          : e.previousRank;
      return {
        rank,
        repId: e.repId,
        value: unit === 'money' && e.value !== null ? publicMoney(policy, e.value) : e.value,
        previousRank,
        explanation: publicLeaderboardText(e.fact, policy),
      };
    }),
  };
}

function publicContest(
  c: ContestInput,
  visible: ReadonlySet<string>,
  teams: TeamGroups,
  policy: PublicPolicy,
): Snapshot['contests'][number] {
  const unit = contestUnit(c.kind, c.metric);
  const money = unit === 'money';
  const teamContest = c.kind === 'team';
  // A team row shows its total only when it holds no hidden rep or at least MIN_GROUP of them.
  const totalShows = (team: string | null | undefined) =>
    team != null && totalMayShow(teams.hiddenMembers(team));
  const rows = publishedRows(
    c.standings.map((s) => ({
      ...s,
      shown: teamContest
        ? s.team != null && teams.nameable(s.team)
        : s.repId !== null && visible.has(s.repId),
    })),
    teamContest ? Number.POSITIVE_INFINITY : undefined,
  );
  const shownKeys = new Set(
    rows
      .filter((r) => r.shown && (!teamContest || totalShows(r.row.team)))
      .map((r) => (teamContest ? (r.row.team ?? null) : r.row.repId)),
  );
  const progressShows = progressBasePublished(c, rows, totalShows, moneyHidden(policy, money));
  // "Tied with rank N" says that row's value equals this one: only a row whose value is published
  // may be pointed at (under its new rank), and with amounts hidden not even that.
  const tiedWith = (s: ContestInput['standings'][number]): number | null => {
    if (s.tiedWithRank === null || moneyHidden(policy, money)) return null;
    const above = rows.find((r) => r.row.rank === s.tiedWithRank && r.row.value === s.value);
    if (!above?.shown || (teamContest && !totalShows(above.row.team))) return null;
    return above.rank;
  };
  const published = {
    ...c,
    standings: rows.map((r) => ({ ...r.row, rank: r.rank })),
    // Only named participants draw a line, and none at all for amounts that are hidden: a line
    // rescaled to the leader still gives every amount from any one of them.
    series: moneyHidden(policy, money) ? [] : c.series.filter((s) => shownKeys.has(s.key)),
  };
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    metric: c.metric,
    unit,
    start: c.start,
    end: c.end,
    goal: money && c.goal !== null ? publicMoney(policy, c.goal) : c.goal,
    team: c.team,
    prize: c.prize,
    description: c.description,
    status: c.status,
    rulesHash: c.rulesHash,
    rules: publicRulesText(c.rules, policy),
    standings: rows.map(({ row: s, shown, rank }) => {
      if (!shown) {
        return {
          rank,
          repId: null,
          team: null,
          value: null,
          progressPct: null,
          finishedAt: null,
          explanation: ANONYMOUS,
        };
      }
      const total = !teamContest || totalShows(s.team);
      return {
        rank,
        repId: teamContest ? null : s.repId,
        team: s.team ?? null,
        value: !total ? null : money && s.value !== null ? publicMoney(policy, s.value) : s.value,
        progressPct: total && progressShows ? publicMoneyShare(policy, money, s.progressPct) : null,
        finishedAt: s.finishedAt,
        explanation: total
          ? publicStandingText({ fact: s.fact, tiedWithRank: tiedWith(s) }, policy)
          : WITHHELD,
      };
    }),
    series: leadingSeries(published).map((s) => ({
      key: s.key,
      points: s.points.map((p) => ({ day: p.day, value: p.value })),
    })),
  };
}

/**
 * Whether the base of the standings' progress is published. Progress is toward the goal, or for
 * contests without one (and streaks) relative to the leader (contests/rank.ts `progressPct`): a
 * shown row's value ÷ its progress gives the base back, so when the leader's value is not
 * published (a hidden rep or a withheld team total leads), no row's progress is.
 */
function progressBasePublished(
  c: ContestInput,
  rows: readonly PublishedRow<ContestInput['standings'][number] & { shown: boolean }>[],
  totalShows: (team: string | null | undefined) => boolean,
  amountsHidden: boolean,
): boolean {
  if (c.kind !== 'streak' && c.goal !== null && c.goal > 0) return !amountsHidden;
  let leader: number | null = null;
  for (const s of c.standings)
    if (s.value !== null && (leader === null || s.value > leader)) leader = s.value;
  if (leader === null) return true;
  return rows.some(
    (r) => r.shown && r.row.value === leader && (c.kind !== 'team' || totalShows(r.row.team)),
  );
}

function isPublicRecognition(
  r: RecognitionInput,
  visible: ReadonlySet<string>,
  badgeIds: ReadonlySet<string>,
  contestIds: ReadonlySet<string>,
): boolean {
  if (!r.public || !visible.has(r.toRepId)) return false;
  if (r.badgeId !== null && !badgeIds.has(r.badgeId)) return false;
  if (r.contestId !== null && !contestIds.has(r.contestId)) return false;
  return true;
}

function publicRecognition(
  r: RecognitionInput,
  names: NameDirectory,
): Snapshot['recognition'][number] {
  return {
    id: r.id,
    date: r.date,
    kind: r.kind,
    toRepId: r.toRepId,
    from: publicSender(r, names),
    message: r.message === null ? null : scrubText(r.message, names),
    badgeId: r.badgeId,
    contestId: r.contestId,
  };
}

/** Holders of each badge among the published awards: a count of hidden holders would name them. */
function countHolders(awards: readonly AwardInput[]): Map<string, number> {
  const holders = new Map<string, Set<string>>();
  for (const a of awards) {
    const set = holders.get(a.badgeId) ?? new Set<string>();
    set.add(a.repId);
    holders.set(a.badgeId, set);
  }
  return new Map([...holders].map(([id, set]) => [id, set.size]));
}

function byNameThenId(a: SnapshotRepInput, b: SnapshotRepInput): number {
  return compareText(a.name, b.name) || compareText(a.repId, b.repId);
}

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters
    .map((w) => Array.from(w ?? '')[0] ?? '')
    .join('')
    .toUpperCase();
}
