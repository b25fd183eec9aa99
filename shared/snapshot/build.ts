// Builds the public snapshot from the engine's private results: the privacy model, applied in one place.
import { compareText } from '../order';
import type {
  BadgeInput,
  ProgressInput,
  RecognitionInput,
  SnapshotInput,
  SnapshotRepInput,
} from './input';
import { badgeHolders } from './holders';
import { nearestProgress, newestRecognition } from './limits';
import { type NameDirectory, nameDirectory, publicSender, scrubText } from './names';
import {
  badgeMeasuresMoney,
  type PublicPolicy,
  publicMoneyShare,
  publicPolicy,
} from './public-policy';
import type { ProgressMeasure, Snapshot } from './schema';
import { SNAPSHOT_VERSION } from './schema';
import { publicContest, publicLeaderboard } from './ranked';
import { scrubSnapshot } from './scrub';
import { teamGroups } from './teams';
import { publicAwardWords } from './words/awards';
import { publicRuleWords } from './words/badge-rules';
import { publicProgressWords } from './words/progress';
import { publicCaptionWords } from './words/recognition';

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
  const publicBadges = new Map(badges.map((b) => [b.id, b]));
  const publicBadgeIds = new Set(publicBadges.keys());
  const publicContestIds = new Set(contests.map((c) => c.id));
  const awards = input.awards.filter(
    (a) => a.public && visible.has(a.repId) && publicBadgeIds.has(a.badgeId),
  );
  const holders = badgeHolders(awards, input.awards, input.reps, visible, publicBadgeIds);
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
      streakDailyPoints: input.team.streakDailyPoints,
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
      howToEarn: publicRuleWords(b.rule, policy),
      holders: holders.named(b.id),
      notListed: holders.notListed(b.id),
    })),
    awards: awards.map((a) => ({
      badgeId: a.badgeId,
      repId: a.repId,
      earnedOn: a.earnedOn,
      window: a.window,
      windowName: a.windowName,
      explanation: publicAwardWords(a.fact, publicBadges.get(a.badgeId)!.name, policy),
    })),
    // Progress toward a money bar times the bar (in the badge's own description) is the amount.
    progress: nearestProgress(
      input.progress.filter(
        (p) =>
          visible.has(p.repId) &&
          publicBadgeIds.has(p.badgeId) &&
          publicMoneyShare(policy, moneyBadges.has(p.badgeId), p.pct) !== null,
      ),
    ).map((p) => ({
      repId: p.repId,
      badgeId: p.badgeId,
      pct: p.pct,
      measure: progressMeasure(p.fact.kind),
      explanation: publicProgressWords(p.fact, p.pct, policy),
    })),
    recognition: newestRecognition(
      input.recognition.filter((r) =>
        isPublicRecognition(r, visible, publicBadgeIds, publicContestIds),
      ),
    ).map((r) => publicRecognition(r, names, publicBadges, policy)),
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
  badges: ReadonlyMap<string, BadgeInput>,
  policy: PublicPolicy,
): Snapshot['recognition'][number] {
  // An automatic entry's words are written here; a person's message is taken as typed.
  const message = r.caption === null ? r.message : publicCaptionWords(r.caption, badges, policy);
  return {
    id: r.id,
    date: r.date,
    kind: r.kind,
    toRepId: r.toRepId,
    from: publicSender(r, names),
    message: message === null ? null : scrubText(message, names),
    badgeId: r.badgeId,
    contestId: r.contestId,
  };
}

/** A one-off bar (a single deal of at least X) is measured by the biggest so far, not added up. */
export function progressMeasure(kind: ProgressInput['fact']['kind']): ProgressMeasure {
  return kind === 'single_deal' ? 'best_so_far' : 'share';
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
