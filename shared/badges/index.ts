// Badges: the built-in catalogue, badge kinds, awards, progress, levels/XP, hi-five milestone and training badges, and the Awards table.
export { compareAwards, compareAwardsNewestFirst } from './award-order';
export { awardWords } from './award-words';
export { type BadgeResults, evaluateBadgeSet } from './awards';
export { builtinBadges } from './catalogue';
export { defaultBadgeCatalogue, effectiveBadges } from './default-catalogue';
export { badgeEvaluators } from './evaluators';
export {
  type AwardFact,
  type AwardFactKind,
  type CourseDone,
  type ProgressFact,
  type ProgressFactKind,
  type SourceRows,
} from './facts';
export { AT_MOST, IN_WINDOW, MANUAL_RULE, howToEarn, ruleWords } from './how-to-earn';
export { PRIOR_WINDOWS_FOR_RECORD, recordBadge } from './kinds/record';
export { levelWords } from './level-words';
export {
  CONTEST_WIN_XP,
  LEVEL_TITLES,
  type LevelInput,
  RECOGNITION_XP,
  type RepLevel,
  TIER_XP,
  UNTIERED_XP,
  computeLevels,
  levelOf,
  levelTitle,
  xpForLevel,
} from './levels';
export {
  MILESTONE_BADGES,
  type MilestoneDef,
  type MilestoneEarned,
  RECOGNITION_MILESTONES,
  evaluateMilestones,
  milestoneAwards,
  milestonesReached,
} from './milestones';
export { progressWords } from './progress-words';
export { type BadgeRule, type BadgeRuleKind, badgeRule } from './rule';
export { AWARDS_HEADER, awardsTable } from './table';
export {
  type TrainingBadgeDef,
  type TrainingBadgeInput,
  type TrainingCompletion,
  trainingBadgeAwards,
} from './training-badges';
export {
  type Award,
  type BadgeContext,
  type BadgeSetContext,
  type BadgeKindEvaluator,
  type KindOutcome,
  type Progress,
  type ProgressDraft,
} from './types';
export {
  type BadgeWindowSpan,
  type BadgeWindows,
  badgeMetric,
  badgeWindowsOf,
  badgeWindow,
  crossingDay,
  currentWindow,
  during,
  historyStart,
  inWindow,
  windowNameOf,
  windowsOf,
} from './windows';
