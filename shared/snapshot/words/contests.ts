// Public words for contests: rule sentences and standing explanations, money only through the policy.
import {
  type ContestRules,
  countedText,
  previousRange,
  rulesFrame,
  type StandingFact,
  type StandingFactKind,
  tieText,
  type TotalFact,
} from '../../contests';
import {
  formatCount,
  formatDay,
  formatDayRange,
  formatPct,
  metricNoun,
  sourcesSuffix,
} from '../../format';
import { isoAt } from '../../time';
import { type ContestKind, isMoneyMetric } from '../../workbook';
import { type PublicPolicy, publicMoneyText } from '../public-policy';

/** An amount of a metric as published: money through the policy (null: hidden), counts as they are. */
function amountText(metric: string, value: number, policy: PublicPolicy): string | null {
  return isMoneyMetric(metric) ? publicMoneyText(policy, value) : formatCount(value);
}

/** `$12,000 revenue`, `12 demos`, or with the amount hidden just the noun: `revenue`. */
function metricText(metric: string, value: number, policy: PublicPolicy): string {
  const amount = amountText(metric, value, policy);
  return amount === null ? metricNoun(metric, 2) : amount + ' ' + metricNoun(metric, value);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The total as a clause: `$112,500 revenue by 5 reps from … (Deals rows …).`, or `revenue by …`. */
function totalText(t: TotalFact, policy: PublicPolicy): string {
  const by = t.reps === null ? '' : ' by ' + t.reps + (t.reps === 1 ? ' rep' : ' reps');
  return (
    capitalised(metricText(t.metric, t.value, policy)) +
    by +
    ' ' +
    countedText(t.start, t.cutoff) +
    sourcesSuffix(t.sources) +
    '.'
  );
}

function sideText(t: TotalFact, policy: PublicPolicy): string {
  return metricText(t.metric, t.value, policy) + ' from ' + formatDayRange(t.start, t.cutoff);
}

/** `at least 25 calls a day`, or with a money bar hidden `reaching the daily revenue goal`. */
function dailyGoal(metric: string, goal: number, policy: PublicPolicy): string {
  const amount = isMoneyMetric(metric) ? publicMoneyText(policy, goal) : formatCount(goal);
  // A money bar is written as the count was before (`500 revenue a day`) when amounts are shown.
  return amount === null
    ? `reaching the daily ${metricNoun(metric, 1)} goal`
    : `with at least ${formatCount(goal)} ${metricNoun(metric, goal)} a day`;
}

/** `$30,000 revenue`, `10 demos`, or with the amount hidden `the revenue goal`. */
function goalText(metric: string, goal: number, policy: PublicPolicy): string {
  const amount = amountText(metric, goal, policy);
  return amount === null
    ? `the ${metricNoun(metric, 1)} goal`
    : amount + ' ' + metricNoun(metric, isMoneyMetric(metric) ? goal : 2);
}

/** `$30,000 revenue`, `1 demo`, or with the amount hidden `the revenue goal`. */
function reachedText(metric: string, goal: number, policy: PublicPolicy): string {
  const amount = amountText(metric, goal, policy);
  return amount === null ? `the ${metricNoun(metric, 1)} goal` : metricText(metric, goal, policy);
}

type StandingWords = {
  readonly [K in StandingFactKind]: (
    fact: Extract<StandingFact, { kind: K }>,
    policy: PublicPolicy,
  ) => string;
};

const STANDING: StandingWords = {
  upcoming: (f) => 'Starts ' + formatDay(f.start) + '; nothing counted yet.',
  total: (f, policy) => totalText(f.total, policy),
  percent_of_target: (f, policy) =>
    formatPct(f.pct) + ' of own target for the contest window: ' + totalText(f.total, policy),
  no_target: (f, policy) =>
    `No ${f.total.metric} target covers ${formatDayRange(f.start, f.end)}, so no percentage; listed last. ` +
    totalText(f.total, policy),
  no_goal: (f, policy) =>
    'This contest has no goal, so nobody can finish. ' + totalText(f.total, policy),
  goal_reached: (f, policy) =>
    'Reached ' +
    reachedText(f.total.metric, f.goal, policy) +
    ' at ' +
    isoAt(f.at) +
    (f.source === null ? '' : ` (${f.source.tab} row ${f.source.row})`) +
    '. ' +
    totalText(f.total, policy),
  goal_not_reached: ({ goal, total: t }, policy) => {
    const have = amountText(t.metric, t.value, policy);
    const mark = amountText(t.metric, goal, policy);
    const progress =
      have === null || mark === null
        ? `short of ${goalText(t.metric, goal, policy)}`
        : `${have} of ${mark} ${metricNoun(t.metric, goal)}`;
    return `Not finished: ${progress} ${countedText(t.start, t.cutoff)}${sourcesSuffix(t.sources)}.`;
  },
  no_streak: (f, policy) =>
    'No working day ' +
    dailyGoal(f.metric, f.goal, policy) +
    ' ' +
    (f.cutoff < f.start ? 'nothing counted yet' : 'from ' + formatDayRange(f.start, f.cutoff)) +
    '.',
  streak: (f, policy) =>
    `${f.days} working ${f.days === 1 ? 'day' : 'days in a row'} ${dailyGoal(f.metric, f.goal, policy)}, ` +
    formatDayRange(f.first, f.last) +
    sourcesSuffix(f.sources) +
    '; weekends and holidays are skipped.',
  nothing_counted: () => 'Nothing counted yet.',
  no_previous: (f, policy) =>
    `No previous result to compare with (${sideText(f.before, policy)}), listed last; now ` +
    sideText(f.now, policy) +
    sourcesSuffix(f.now.sources) +
    '.',
  improvement: (f, policy) =>
    (f.pct > 0 ? '+' : '') +
    formatPct(f.pct) +
    ': ' +
    sideText(f.now, policy) +
    sourcesSuffix(f.now.sources) +
    ' against ' +
    sideText(f.before, policy) +
    sourcesSuffix(f.before.sources) +
    '.',
};

/** The public explanation of a standing; with amounts hidden, no money figure appears. */
export function publicStandingText(
  entry: { readonly fact: StandingFact; readonly tiedWithRank: number | null },
  policy: PublicPolicy,
): string {
  const render = STANDING[entry.fact.kind] as (f: StandingFact, p: PublicPolicy) => string;
  return render(entry.fact, policy) + tieText(entry.tiedWithRank);
}

type RulesWords = {
  readonly [K in ContestKind]: (r: ContestRules, policy: PublicPolicy) => string;
};

const RULES: RulesWords = {
  most: (r) => {
    const { range, who } = rulesFrame(r);
    return `Highest total of ${metricNoun(r.metric, 2)} from ${range}; ${who}.`;
  },
  percent_of_target: (r) => {
    const { range, who } = rulesFrame(r);
    return `Highest percentage of own ${metricNoun(r.metric, 1)} target from ${range}; ${who}.`;
  },
  first_to: (r, policy) => {
    const { range, who } = rulesFrame(r);
    const goal =
      r.goal === null
        ? `(no goal set) ${metricNoun(r.metric, 2)}`
        : goalText(r.metric, r.goal, policy);
    return `First to reach ${goal} from ${range}; ${who}.`;
  },
  team: (r) => {
    const { range, who } = rulesFrame(r);
    return `Teams ranked by the total ${metricNoun(r.metric, 2)} of their reps from ${range}; ${who}.`;
  },
  streak: (r, policy) => {
    const { range, who } = rulesFrame(r);
    return `Most consecutive working days ${dailyGoal(r.metric, r.goal ?? 1, policy)} from ${range}; ${who}.`;
  },
  improvement: (r) => {
    const { range, who } = rulesFrame(r);
    return `Largest rise in ${metricNoun(r.metric, 2)} from ${range} against the ${previousRange(r)}; ${who}.`;
  },
};

/** The contest's rules in one public sentence; a money goal only when amounts are published. */
export function publicRulesText(rules: ContestRules, policy: PublicPolicy): string {
  return RULES[rules.kind](rules, policy);
}
