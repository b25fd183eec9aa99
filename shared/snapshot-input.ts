// Maps the engine's private results onto the snapshot builder's input: typed facts, no public words (build.ts writes them).
import {
  type Award,
  badgeRule,
  compareAwards,
  computeLevels,
  milestoneAwards,
  type Progress,
  RECOGNITION_MILESTONES,
  type RepLevel,
  windowNameOf,
} from './badges';
import type { ContestResult } from './contests';
import { round1 } from './format';
import type { Leaderboard, RepStreaks, ScorecardEntry } from './metrics';
import { SCORECARD_KINDS, paceOf } from './metrics';
import type { FeedEntry } from './recognition';
import { awardVisibility } from './snapshot';
import type { SnapshotInput, SnapshotRepInput } from './snapshot';
import type { PeriodKindPublic } from './snapshot';
import { isoDay, periodName, periodOf, previousPeriod } from './time';
import type { Day } from './time';
import { type BadgeDef, stoppedFigures, type Workbook } from './workbook';

export interface SnapshotSources {
  readonly generatedAt: string;
  readonly asOf: Day;
  readonly workbook: Workbook;
  readonly badges: readonly BadgeDef[];
  readonly scorecard: readonly ScorecardEntry[];
  readonly leaderboards: readonly Leaderboard[];
  readonly contests: readonly ContestResult[];
  readonly awards: readonly Award[];
  readonly progress: readonly Progress[];
  readonly streaks: readonly RepStreaks[];
  readonly feed: readonly FeedEntry[];
}

export function snapshotInput(src: SnapshotSources): SnapshotInput {
  const { workbook, asOf } = src;
  const s = workbook.settings;
  const cal = workbook.calendar;
  // Race series repeat the same few hundred days across every line: write each day's text once.
  const dayTexts = new Map<Day, string>();
  const dayText = (day: Day) => {
    let t = dayTexts.get(day);
    if (t === undefined) {
      t = isoDay(day);
      dayTexts.set(day, t);
    }
    return t;
  };

  // Hi-five milestones on the site count public hi-fives only: a count that includes private ones
  // (as the manager's Awards tab does) would reveal them. Earned on the day of the Nth public one.
  const publicRecognition = workbook.recognition.filter((r) => r.public);
  const milestones = new Set(RECOGNITION_MILESTONES.map((m) => m.badgeId));
  const awards = [
    ...src.awards.filter((a) => !milestones.has(a.badgeId)),
    ...milestoneAwards({ recognition: publicRecognition, badges: src.badges, asOf }),
  ].sort(compareAwards);
  const publicMilestones = new Set(
    awards
      .filter((a) => milestones.has(a.badgeId))
      .map((a) => `${a.badgeId}|${a.repId}|${a.earnedOn}`),
  );
  const awardShown = awardVisibility(awards, workbook.recognition);
  const publicBadges = new Set(src.badges.filter((b) => b.public).map((b) => b.badgeId));
  // Levels on the site count only what the site shows: public badges' public awards, public
  // contests' wins and public recognition. Otherwise an XP jump would reveal a private award.
  const levels = computeLevels({
    reps: workbook.reps,
    badges: src.badges,
    awards: awards.filter((a, i) => awardShown[i] && publicBadges.has(a.badgeId)),
    contests: src.contests.filter((c) => c.contest.public),
    recognition: publicRecognition,
    asOf,
  });

  return {
    generatedAt: src.generatedAt,
    asOf: isoDay(asOf),
    team: {
      name: s.teamName,
      currency: s.currency,
      timeZone: s.timeZone,
      weekStartsOn: s.weekStartsOn,
      tvTopN: s.tvTopN,
      publishAmounts: s.publishAmounts,
      streakDailyPoints: s.streakDailyPoints,
    },
    periods: SCORECARD_KINDS.map((kind) => {
      const p = periodOf(kind, asOf, cal);
      const pace = paceOf(p, asOf, cal);
      return {
        kind,
        label: p.label,
        name: periodName(p),
        start: isoDay(p.start),
        end: isoDay(p.end),
        previousLabel: previousPeriod(p, cal).label,
        previousName: periodName(previousPeriod(p, cal)),
        pace: {
          pct: round1(pace.pacePct),
          workingDaysElapsed: pace.workingDaysElapsed,
          workingDays: pace.workingDays,
        },
      };
    }),
    reps: repInputs(src, levels),
    leaderboards: src.leaderboards.map((b) => ({
      periodKind: b.periodKind,
      period: b.period,
      lens: b.lens,
      entries: b.entries.map((e) => ({
        repId: e.repId,
        rank: e.rank,
        value: e.value,
        previousRank: e.previousRank,
        fact: e.fact,
      })),
    })),
    contests: src.contests.map((r) => ({
      id: r.contest.contestId,
      name: r.contest.name,
      kind: r.contest.kind,
      metric: r.contest.metric,
      start: isoDay(r.contest.start),
      end: isoDay(r.contest.end),
      goal: r.contest.goal,
      team: r.contest.team,
      prize: r.contest.prize,
      description: r.contest.description,
      public: r.contest.public,
      status: r.status,
      rulesHash: r.rulesHash,
      rules: {
        kind: r.contest.kind,
        metric: r.contest.metric,
        start: r.contest.start,
        end: r.contest.end,
        goal: r.contest.goal,
        team: r.contest.team,
      },
      standings: r.standings.map((e) => ({
        repId: e.repId,
        team: e.team,
        rank: e.rank,
        value: e.value,
        progressPct: e.progressPct,
        finishedAt: e.finishedAt,
        fact: e.fact,
        tiedWithRank: e.tiedWithRank,
      })),
      series: r.series.map((line) => ({
        key: line.repId ?? line.team,
        points: line.points.map((p) => ({ day: dayText(p.day), value: p.value })),
      })),
    })),
    badges: src.badges.map((b) => ({
      id: b.badgeId,
      name: b.name,
      kind: b.kind,
      metric: b.metric,
      tier: b.tier,
      icon: b.icon,
      description: b.description,
      rule: badgeRule(b),
      public: b.public,
    })),
    awards: awards.map((a, i) => ({
      badgeId: a.badgeId,
      repId: a.repId,
      earnedOn: isoDay(a.earnedOn),
      window: a.window,
      windowName: a.window === null ? null : windowNameOf(a.window, cal),
      fact: a.fact,
      public: awardShown[i] ?? false,
    })),
    progress: src.progress.map((p) => ({
      repId: p.repId,
      badgeId: p.badgeId,
      pct: p.pct,
      fact: p.fact,
    })),
    recognition: src.feed.map((f) => ({
      id: f.id,
      date: isoDay(f.day),
      kind: f.kind,
      toRepId: f.toRepId,
      fromRepId: f.fromRepId,
      fromText: f.fromText,
      message: f.message,
      caption: f.caption,
      badgeId: f.badgeId,
      contestId: f.contestId,
      // A milestone's feed entry stands only when the public count earned it that same day.
      public:
        f.public &&
        !(
          f.kind === 'badge' &&
          f.badgeId !== null &&
          milestones.has(f.badgeId) &&
          !publicMilestones.has(`${f.badgeId}|${f.toRepId}|${f.day}`)
        ),
    })),
  };
}

function repInputs(src: SnapshotSources, publicLevels: readonly RepLevel[]): SnapshotRepInput[] {
  const levels = new Map(publicLevels.map((l) => [l.repId, l]));
  const streaks = new Map(src.streaks.map((st) => [st.repId, st.streak]));
  const attainment = new Map<string, Record<PeriodKindPublic, number | null>>();
  // Attainment of a revenue that is not computed would publish 0 %: leave it out (issue 11).
  const revenue = !stoppedFigures(src.workbook.notComputed).has('revenue');
  for (const e of revenue ? src.scorecard : []) {
    const row = attainment.get(e.rep.repId) ?? {
      week: null,
      month: null,
      quarter: null,
      year: null,
    };
    row[e.kind] = e.metrics.attainmentPct === null ? null : round1(e.metrics.attainmentPct);
    attainment.set(e.rep.repId, row);
  }
  return src.workbook.reps.map((r) => {
    const level = levels.get(r.repId);
    const streak = streaks.get(r.repId);
    return {
      repId: r.repId,
      name: r.name,
      team: r.team,
      avatarUrl: r.avatarUrl,
      active: r.active,
      public: r.public,
      level: level?.level ?? 1,
      levelTitle: level?.title ?? '',
      xp: level?.xp ?? 0,
      nextLevelXp: level?.nextLevelXp ?? null,
      streak: { current: streak?.current ?? 0, best: streak?.best ?? 0 },
      attainment: attainment.get(r.repId) ?? { week: null, month: null, quarter: null, year: null },
    };
  });
}
