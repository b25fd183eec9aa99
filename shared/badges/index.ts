// Badges: the built-in catalogue, badge kinds, awards, progress, levels/XP, hi-five milestone and training badges, and the Awards table.
export { compareAwards, compareAwardsNewestFirst } from './award-order';
export { type AwardFactView, awardFactWords, awardWords } from './award-words';
export { evaluateBadgeSet } from './awards';
export { builtinBadges } from './catalogue';
export { defaultBadgeCatalogue, effectiveBadges } from './default-catalogue';
export type {
  AwardFact,
  AwardFactKind,
  CourseDone,
  ProgressFact,
  ProgressFactKind,
} from './facts';
export { howToEarn, ruleWords } from './how-to-earn';
export { levelWords } from './level-words';
export { type RepLevel, computeLevels, levelOf, levelTitle, xpForLevel } from './levels';
export {
  MILESTONE_BADGES,
  RECOGNITION_MILESTONES,
  evaluateMilestones,
  milestoneAwards,
} from './milestones';
export { progressFactWords, progressWords } from './progress-words';
export { type BadgeRule, badgeRule } from './rule';
export { AWARDS_HEADER, awardsTable } from './table';
export {
  type TrainingBadgeDef,
  type TrainingCompletion,
  trainingBadgeAwards,
} from './training-badges';
export type { Award, BadgeContext, Progress } from './types';
export {
  type BadgeWindowSpan,
  type BadgeWindows,
  badgeWindowsOf,
  during,
  historyStart,
  inWindow,
  windowNameOf,
} from './windows';
