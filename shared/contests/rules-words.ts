// Words for a contest's rules, one sentence per contest kind, for the manager and the public alike.
import type { ContestKind } from '../workbook';
import { formatDayRange, metricNoun, type MoneyText, moneyIn } from '../format';
import type { ContestRules } from './rules-hash';
import { dailyGoal, goalText } from './standing-words';

/** The parts every rule sentence shares: `from 1 Nov to 30 Nov 2026` and who takes part. */
export interface RulesFrame {
  readonly range: string;
  readonly who: string;
}

export function rulesFrame(rules: ContestRules): RulesFrame {
  return {
    range: formatDayRange(rules.start, rules.end),
    who: rules.team === null ? 'all active reps' : 'active reps of team ' + rules.team,
  };
}

/** The window an improvement contest compares with: the same number of days just before it. */
export function previousRange(rules: Pick<ContestRules, 'start' | 'end'>): string {
  const length = rules.end - rules.start + 1;
  const days = length === 1 ? 'day' : `${length} days`;
  return `${days} just before (${formatDayRange(rules.start - length, rules.start - 1)})`;
}

type Words = { readonly [K in ContestKind]: (r: ContestRules, money: MoneyText) => string };

export const RULES_WORDS: Words = {
  most: (r) => {
    const { range, who } = rulesFrame(r);
    return `Highest total of ${metricNoun(r.metric, 2)} from ${range}; ${who}.`;
  },
  percent_of_target: (r) => {
    const { range, who } = rulesFrame(r);
    return `Highest percentage of own ${metricNoun(r.metric, 1)} target from ${range}; ${who}.`;
  },
  first_to: (r, money) => {
    const { range, who } = rulesFrame(r);
    const goal =
      r.goal === null
        ? `(no goal set) ${metricNoun(r.metric, 2)}`
        : goalText(r.metric, r.goal, money);
    return `First to reach ${goal} from ${range}; ${who}.`;
  },
  team: (r) => {
    const { range, who } = rulesFrame(r);
    return `Teams ranked by the total ${metricNoun(r.metric, 2)} of their reps from ${range}; ${who}.`;
  },
  streak: (r, money) => {
    const { range, who } = rulesFrame(r);
    return `Most consecutive working days ${dailyGoal(r.metric, r.goal ?? 1, money)} from ${range}; ${who}.`;
  },
  improvement: (r) => {
    const { range, who } = rulesFrame(r);
    return `Largest rise in ${metricNoun(r.metric, 2)} from ${range} against the ${previousRange(r)}; ${who}.`;
  },
};

/** The rules as one sentence, money written by `money` (the one sentence core of both audiences). */
export function rulesWords(rules: ContestRules, money: MoneyText): string {
  return RULES_WORDS[rules.kind](rules, money);
}

/** The rules as one sentence for the manager: a money goal in the team currency (`$30,000`). */
export function describeRules(rules: ContestRules, currency: string): string {
  return rulesWords(rules, moneyIn(currency));
}
