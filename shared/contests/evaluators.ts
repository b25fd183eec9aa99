// The exhaustive table of contest kinds: adding a kind without an evaluator is a type error.
import type { Contest, ContestKind } from '../workbook';
import { evaluateImprovement } from './kinds/improvement';
import { evaluateStreak } from './kinds/streak';
import {
  evaluateFirstTo,
  evaluateMost,
  evaluatePercentOfTarget,
  evaluateTeam,
} from './kinds/totals';
import type { ContestContext, ContestWindow, Participant, Score } from './types';

export type KindEvaluator = (
  contest: Contest,
  participant: Participant,
  window: ContestWindow,
  ctx: ContestContext,
) => Score;

export const contestEvaluators: { readonly [K in ContestKind]: KindEvaluator } = {
  most: evaluateMost,
  percent_of_target: evaluatePercentOfTarget,
  first_to: evaluateFirstTo,
  team: evaluateTeam,
  streak: evaluateStreak,
  improvement: evaluateImprovement,
};
