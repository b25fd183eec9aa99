// Manager words for contest standings: one renderer per standing fact kind (Standings tab, add-on).
import {
  formatAmount,
  formatCount,
  formatDay,
  formatDayRange,
  formatMetric,
  formatPct,
  metricNoun,
  sourcesSuffix,
} from '../format';
import { isoAt } from '../time';
import type { StandingFact, StandingFactKind, TotalFact } from './facts';
import type { StandingEntry } from './types';

type Words = {
  readonly [K in StandingFactKind]: (
    fact: Extract<StandingFact, { kind: K }>,
    currency: string,
  ) => string;
};

/** `from 1 Nov to 18 Nov 2026`, or before the start `nothing counted yet (starts 1 Dec 2026)`. */
export function countedText(start: number, cutoff: number): string {
  return cutoff < start
    ? 'nothing counted yet (starts ' + formatDayRange(start, start) + ')'
    : 'from ' + formatDayRange(start, cutoff);
}

/** `$112,500 revenue by 5 reps from 1 Nov to 18 Nov 2026 (Deals rows …).` */
function totalText(t: TotalFact, currency: string): string {
  const by = t.reps === null ? '' : ' by ' + t.reps + (t.reps === 1 ? ' rep' : ' reps');
  return (
    formatMetric(t.metric, t.value, currency) +
    by +
    ' ' +
    countedText(t.start, t.cutoff) +
    sourcesSuffix(t.sources) +
    '.'
  );
}

/** `12 demos from 1 Oct to 18 Oct 2026`, the side of an improvement. */
function sideText(t: TotalFact, currency: string): string {
  return formatMetric(t.metric, t.value, currency) + ' from ' + formatDayRange(t.start, t.cutoff);
}

function dailyGoal(metric: string, goal: number): string {
  return formatCount(goal) + ' ' + metricNoun(metric, goal) + ' a day';
}

export const STANDING_WORDS: Words = {
  upcoming: (f) => 'Starts ' + formatDay(f.start) + '; nothing counted yet.',
  total: (f, currency) => totalText(f.total, currency),
  percent_of_target: (f, currency) =>
    formatPct(f.pct) + ' of own target for the contest window: ' + totalText(f.total, currency),
  no_target: (f, currency) =>
    'No ' +
    f.total.metric +
    ' target covers ' +
    formatDayRange(f.start, f.end) +
    ', so no percentage; listed last. ' +
    totalText(f.total, currency),
  no_goal: (f, currency) =>
    'This contest has no goal, so nobody can finish. ' + totalText(f.total, currency),
  goal_reached: (f, currency) =>
    'Reached ' +
    formatMetric(f.total.metric, f.goal, currency) +
    ' at ' +
    isoAt(f.at) +
    (f.source === null ? '' : ' (' + f.source.tab + ' row ' + f.source.row + ')') +
    '. ' +
    totalText(f.total, currency),
  goal_not_reached: ({ goal, total: t }, currency) =>
    'Not finished: ' +
    formatAmount(t.metric, t.value, currency) +
    ' of ' +
    formatMetric(t.metric, goal, currency) +
    ' ' +
    countedText(t.start, t.cutoff) +
    sourcesSuffix(t.sources) +
    '.',
  no_streak: (f) =>
    'No working day with at least ' +
    dailyGoal(f.metric, f.goal) +
    ' ' +
    (f.cutoff < f.start ? 'nothing counted yet' : 'from ' + formatDayRange(f.start, f.cutoff)) +
    '.',
  streak: (f) =>
    f.days +
    ' working ' +
    (f.days === 1 ? 'day' : 'days in a row') +
    ' with at least ' +
    dailyGoal(f.metric, f.goal) +
    ', ' +
    formatDayRange(f.first, f.last) +
    sourcesSuffix(f.sources) +
    '; weekends and holidays are skipped.',
  nothing_counted: () => 'Nothing counted yet.',
  no_previous: (f, currency) =>
    'No previous result to compare with (' +
    sideText(f.before, currency) +
    '), listed last; now ' +
    sideText(f.now, currency) +
    sourcesSuffix(f.now.sources) +
    '.',
  improvement: (f, currency) =>
    (f.pct > 0 ? '+' : '') +
    formatPct(f.pct) +
    ': ' +
    sideText(f.now, currency) +
    sourcesSuffix(f.now.sources) +
    ' against ' +
    sideText(f.before, currency) +
    sourcesSuffix(f.before.sources) +
    '.',
};

export function standingFactText(fact: StandingFact, currency: string): string {
  return (STANDING_WORDS[fact.kind] as (f: StandingFact, currency: string) => string)(
    fact,
    currency,
  );
}

/** The sentence after a tie the tie-break decided; '' otherwise. */
export function tieText(tiedWithRank: number | null): string {
  return tiedWithRank === null
    ? ''
    : ' Tied on the result with rank ' + tiedWithRank + ', which reached it first.';
}

/** The manager's explanation of a standing, as the Standings tab and the add-on show it. */
export function standingText(
  entry: Pick<StandingEntry, 'fact' | 'tiedWithRank'>,
  currency: string,
): string {
  return standingFactText(entry.fact, currency) + tieText(entry.tiedWithRank);
}
