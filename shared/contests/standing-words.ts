// Words for contest standings, one renderer per standing fact kind, for the manager and the public alike.
//
// The sentence shapes exist once; money goes through a MoneyText: the manager's writes every
// amount (Standings tab, add-on), the public snapshot's leaves a figure out when amounts are not
// published (shared/snapshot/words/contests.ts passes the policy's writer).
import {
  amountText,
  formatCount,
  formatDay,
  formatDayRange,
  formatPct,
  metricNoun,
  type MoneyText,
  moneyIn,
  sourcesSuffix,
} from '../format';
import { type At, dayOfAt, minuteOfDayOf } from '../time';
import { isMoneyMetric } from '../workbook';
import type { StandingFact, StandingFactKind, TotalFact } from './facts';
import type { StandingEntry } from './types';

type Words = {
  readonly [K in StandingFactKind]: (
    fact: Extract<StandingFact, { kind: K }>,
    money: MoneyText,
  ) => string;
};

/** `from 1 Nov to 18 Nov 2026`, or before the start `nothing counted yet (starts 1 Dec 2026)`. */
export function countedText(start: number, cutoff: number): string {
  return cutoff < start
    ? 'nothing counted yet (starts ' + formatDayRange(start, start) + ')'
    : 'from ' + formatDayRange(start, cutoff);
}

/** `$12,000 revenue`, `12 demos`, or with the amount left out just the noun: `revenue`. */
function metricText(metric: string, value: number, money: MoneyText): string {
  const amount = amountText(metric, value, money);
  return amount === null ? metricNoun(metric, 2) : amount + ' ' + metricNoun(metric, value);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `$112,500 revenue by 5 reps from 1 Nov to 18 Nov 2026 (Deals rows …).`, or `Revenue by …`. */
function totalText(t: TotalFact, money: MoneyText): string {
  const by = t.reps === null ? '' : ' by ' + t.reps + (t.reps === 1 ? ' rep' : ' reps');
  return (
    capitalised(metricText(t.metric, t.value, money)) +
    by +
    ' ' +
    countedText(t.start, t.cutoff) +
    sourcesSuffix(t.sources) +
    '.'
  );
}

/** `12 demos from 1 Oct to 18 Oct 2026`, the side of an improvement. */
function sideText(t: TotalFact, money: MoneyText): string {
  return metricText(t.metric, t.value, money) + ' from ' + formatDayRange(t.start, t.cutoff);
}

/** `with at least 25 calls a day`, or with a money bar left out `reaching the daily revenue goal`. */
export function dailyGoal(metric: string, goal: number, money: MoneyText): string {
  // A money bar is written as a count (`500 revenue a day`) when amounts are shown.
  return isMoneyMetric(metric) && money(goal) === null
    ? `reaching the daily ${metricNoun(metric, 1)} goal`
    : `with at least ${formatCount(goal)} ${metricNoun(metric, goal)} a day`;
}

/** `$30,000 revenue`, `10 demos`, or with the amount left out `the revenue goal`. */
export function goalText(metric: string, goal: number, money: MoneyText): string {
  const amount = amountText(metric, goal, money);
  return amount === null
    ? `the ${metricNoun(metric, 1)} goal`
    : amount + ' ' + metricNoun(metric, isMoneyMetric(metric) ? goal : 2);
}

/** `$30,000 revenue`, `1 demo`, or with the amount left out `the revenue goal`. */
function reachedText(metric: string, goal: number, money: MoneyText): string {
  return amountText(metric, goal, money) === null
    ? `the ${metricNoun(metric, 1)} goal`
    : metricText(metric, goal, money);
}

/**
 * `on 3 Nov 2026`, with the clock time only when the data has one (`on 3 Nov 2026 at 14:05`):
 * first-to standings are ordered by this moment, so it is written in words, never as raw ISO.
 */
function reachedOn(at: At): string {
  const minute = minuteOfDayOf(at);
  const clock =
    minute === 0
      ? ''
      : ` at ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  return `on ${formatDay(dayOfAt(at))}${clock}`;
}

export const STANDING_WORDS: Words = {
  upcoming: (f) => 'Starts ' + formatDay(f.start) + '; nothing counted yet.',
  total: (f, money) => totalText(f.total, money),
  percent_of_target: (f, money) =>
    formatPct(f.pct) + ' of own target for the contest window: ' + totalText(f.total, money),
  no_target: (f, money) =>
    `No ${f.total.metric} target covers ${formatDayRange(f.start, f.end)}, so no percentage; listed last. ` +
    totalText(f.total, money),
  no_goal: (f, money) =>
    'This contest has no goal, so nobody can finish. ' + totalText(f.total, money),
  goal_reached: (f, money) =>
    'Reached ' +
    reachedText(f.total.metric, f.goal, money) +
    ' ' +
    reachedOn(f.at) +
    (f.source === null ? '' : ` (${f.source.tab} row ${f.source.row})`) +
    '. ' +
    totalText(f.total, money),
  goal_not_reached: ({ goal, total: t }, money) => {
    const have = amountText(t.metric, t.value, money);
    const mark = amountText(t.metric, goal, money);
    const progress =
      have === null || mark === null
        ? `short of ${goalText(t.metric, goal, money)}`
        : `${have} of ${mark} ${metricNoun(t.metric, goal)}`;
    return `Not finished: ${progress} ${countedText(t.start, t.cutoff)}${sourcesSuffix(t.sources)}.`;
  },
  no_streak: (f, money) =>
    'No working day ' +
    dailyGoal(f.metric, f.goal, money) +
    ' ' +
    (f.cutoff < f.start ? 'nothing counted yet' : 'from ' + formatDayRange(f.start, f.cutoff)) +
    '.',
  streak: (f, money) =>
    `${f.days} working ${f.days === 1 ? 'day' : 'days in a row'} ${dailyGoal(f.metric, f.goal, money)}, ` +
    formatDayRange(f.first, f.last) +
    sourcesSuffix(f.sources) +
    '; weekends and holidays are skipped.',
  nothing_counted: () => 'Nothing counted yet.',
  no_previous: (f, money) =>
    `No previous result to compare with (${sideText(f.before, money)}), listed last; now ` +
    sideText(f.now, money) +
    sourcesSuffix(f.now.sources) +
    '.',
  improvement: (f, money) =>
    (f.pct > 0 ? '+' : '') +
    formatPct(f.pct) +
    ': ' +
    sideText(f.now, money) +
    sourcesSuffix(f.now.sources) +
    ' against ' +
    sideText(f.before, money) +
    sourcesSuffix(f.before.sources) +
    '.',
};

/** The sentence after a tie the tie-break decided; '' otherwise. */
export function tieText(tiedWithRank: number | null): string {
  return tiedWithRank === null
    ? ''
    : ' Tied on the result with rank ' + tiedWithRank + ', which reached it first.';
}

/** A standing's explanation, money written by `money` (the one sentence core of both audiences). */
export function standingWords(
  entry: Pick<StandingEntry, 'fact' | 'tiedWithRank'>,
  money: MoneyText,
): string {
  const render = STANDING_WORDS[entry.fact.kind] as (f: StandingFact, m: MoneyText) => string;
  return render(entry.fact, money) + tieText(entry.tiedWithRank);
}

/** The manager's explanation of a standing, as the Standings tab and the add-on show it. */
export function standingText(
  entry: Pick<StandingEntry, 'fact' | 'tiedWithRank'>,
  currency: string,
): string {
  return standingWords(entry, moneyIn(currency));
}
