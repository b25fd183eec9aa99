// Builds the public snapshot from the engine's private results: the privacy model, applied in one place.
import { compareText } from '../order';
import type {
  ContestInput,
  LeaderboardInput,
  RankedInput,
  RecognitionInput,
  SnapshotInput,
  SnapshotRepInput,
} from './input';
import { leadingSeries, nearestProgress, newestRecognition } from './limits';
import { type NameDirectory, nameDirectory, publicSender, scrubText } from './names';
import type { Snapshot } from './schema';
import { SNAPSHOT_VERSION } from './schema';
import { type PublicPolicy, publicPolicy } from './public-policy';
import { contestUnit, lensUnit } from './units';
import { publicRulesText, publicStandingText } from './words/contests';
import { publicLeaderboardText } from './words/leaderboards';

const ANONYMOUS = 'A teammate who is not listed publicly.';

/**
 * Only reps who are active and `public = yes` appear by name or id. Everyone else still counts in
 * ranks and aggregates, as an anonymous entry, so no rank is silently skipped; their full names
 * and any email address are scrubbed from public messages and typed senders (see names.ts). Race
 * lines, badge progress and recognition are cut to what the site shows (see limits.ts).
 */
export function buildSnapshot(input: SnapshotInput): Snapshot {
  const publicReps = input.reps.filter((r) => r.active && r.public);
  const visible = new Set(publicReps.map((r) => r.repId));
  const names = nameDirectory(input.reps);
  const showAmounts = input.team.publishAmounts;
  const policy = publicPolicy(input.team);

  const contests = input.contests.filter((c) => c.public);
  const badges = input.badges.filter((b) => b.public);
  const publicBadgeIds = new Set(badges.map((b) => b.id));
  const publicContestIds = new Set(contests.map((c) => c.id));
  const holders = countHolders(input);

  return {
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
    teams: teamCounts(input.reps),
    leaderboards: input.leaderboards.map((board) => publicLeaderboard(board, visible, policy)),
    contests: contests.map((c) => publicContest(c, visible, policy)),
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
    awards: input.awards
      .filter((a) => visible.has(a.repId) && publicBadgeIds.has(a.badgeId))
      .map((a) => ({
        badgeId: a.badgeId,
        repId: a.repId,
        earnedOn: a.earnedOn,
        window: a.window,
        windowName: a.windowName,
        explanation: a.explanation,
      })),
    progress: nearestProgress(
      input.progress.filter((p) => visible.has(p.repId) && publicBadgeIds.has(p.badgeId)),
    ).map((p) => ({ repId: p.repId, badgeId: p.badgeId, pct: p.pct, explanation: p.explanation })),
    recognition: newestRecognition(
      input.recognition.filter((r) =>
        isPublicRecognition(r, visible, publicBadgeIds, publicContestIds),
      ),
    ).map((r) => publicRecognition(r, names)),
  };
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
  const hideValue = unit === 'money' && !policy.publishAmounts;
  return {
    periodKind: board.periodKind,
    period: board.period,
    lens: board.lens,
    unit,
    entries: board.entries.map((e) => {
      const shown = anonymise(e, visible, () => publicLeaderboardText(e.fact, policy));
      return {
        rank: e.rank,
        repId: shown.repId,
        value: hideValue ? null : e.value,
        previousRank: e.previousRank,
        explanation: shown.explanation,
      };
    }),
  };
}

function publicContest(
  c: ContestInput,
  visible: ReadonlySet<string>,
  policy: PublicPolicy,
): Snapshot['contests'][number] {
  const unit = contestUnit(c.kind, c.metric);
  const hideMoney = unit === 'money' && !policy.publishAmounts;
  const teamContest = c.kind === 'team';
  // A loop, not Math.max(...all points): a long contest has thousands of points.
  let peak = 0;
  for (const s of c.series) {
    for (let i = 0; i < s.points.length; i++) peak = Math.max(peak, s.points[i]!.value);
  }
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    metric: c.metric,
    unit,
    start: c.start,
    end: c.end,
    goal: hideMoney ? null : c.goal,
    team: c.team,
    prize: c.prize,
    description: c.description,
    status: c.status,
    rulesHash: c.rulesHash,
    rules: publicRulesText(c.rules, policy),
    standings: c.standings.map((s) => {
      const shown = teamContest
        ? { repId: null, explanation: publicStandingText(s, policy) }
        : anonymise(s, visible, () => publicStandingText(s, policy));
      // An anonymous rep's team would narrow down who it is: only team contests name teams.
      const team = teamContest || shown.repId !== null ? (s.team ?? null) : null;
      return {
        rank: s.rank,
        repId: shown.repId,
        team,
        value: hideMoney ? null : s.value,
        progressPct: s.progressPct,
        finishedAt: s.finishedAt,
        explanation: shown.explanation,
      };
    }),
    // Hidden amounts still draw a race: each line as a percentage of the highest value reached.
    series: leadingSeries(c).map((s) => ({
      key: teamContest || (s.key !== null && visible.has(s.key)) ? s.key : null,
      points: s.points.map((p) => ({
        day: p.day,
        value: hideMoney ? (peak > 0 ? Math.round((p.value / peak) * 1000) / 10 : 0) : p.value,
      })),
    })),
  };
}

/** A hidden rep's entry keeps its rank but no id, and no explanation is even written for it. */
function anonymise(
  entry: RankedInput,
  visible: ReadonlySet<string>,
  explain: () => string,
): { repId: string | null; explanation: string } {
  if (entry.repId !== null && visible.has(entry.repId)) {
    return { repId: entry.repId, explanation: explain() };
  }
  return { repId: null, explanation: ANONYMOUS };
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

function countHolders(input: SnapshotInput): Map<string, number> {
  const holders = new Map<string, Set<string>>();
  for (const a of input.awards) {
    const set = holders.get(a.badgeId) ?? new Set<string>();
    set.add(a.repId);
    holders.set(a.badgeId, set);
  }
  return new Map([...holders].map(([id, set]) => [id, set.size]));
}

function teamCounts(reps: readonly SnapshotRepInput[]): Snapshot['teams'] {
  const counts = new Map<string, number>();
  for (const r of reps) {
    if (r.active && r.team !== null) counts.set(r.team, (counts.get(r.team) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => compareText(a, b))
    .map(([name, repCount]) => ({ name, repCount }));
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
