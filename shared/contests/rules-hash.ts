// A short, stable fingerprint of a contest's rules, so a rule changed after the start is visible.
import { isoDay } from '../time/day';
import type { Contest } from '../workbook';
import { formatCount, formatDayRange, formatMetric, isMoneyMetric, metricNoun } from './describe';

type Rules = Pick<Contest, 'kind' | 'metric' | 'start' | 'end' | 'goal' | 'team'>;

/** 32-bit FNV-1a over UTF-16 code units; enough to notice an edit, not meant to resist forgery. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The canonical rules text that is hashed: name, prize and description are not rules. */
export function canonicalRules(contest: Rules): string {
  return JSON.stringify([
    contest.kind,
    contest.metric,
    isoDay(contest.start),
    isoDay(contest.end),
    contest.goal,
    contest.team,
  ]);
}

/** 8 lower-case hex characters. */
export function rulesHash(contest: Rules): string {
  return fnv1a(canonicalRules(contest)).toString(16).padStart(8, '0');
}

/** The rules as one sentence for people; `currency` writes a money goal as money (`$30,000`). */
export function describeRules(contest: Rules, currency = ''): string {
  const range = formatDayRange(contest.start, contest.end);
  const who = contest.team === null ? 'all active reps' : 'active reps of team ' + contest.team;
  const noun = metricNoun(contest.metric, 2);
  const goal = contest.goal;
  switch (contest.kind) {
    case 'most':
      return `Highest total of ${noun} from ${range}; ${who}.`;
    case 'percent_of_target':
      return `Highest percentage of own ${metricNoun(contest.metric, 1)} target from ${range}; ${who}.`;
    case 'first_to':
      return `First to reach ${goal === null ? `(no goal set) ${noun}` : firstToGoal(contest.metric, goal, currency)} from ${range}; ${who}.`;
    case 'team':
      return `Teams ranked by the total ${noun} of their reps from ${range}; ${who}.`;
    case 'streak':
      return `Most consecutive working days with at least ${formatCount(goal ?? 1)} ${metricNoun(contest.metric, goal ?? 1)} a day from ${range}; ${who}.`;
    case 'improvement':
      return `Largest rise in ${noun} from ${range} against the ${previousRange(contest)}; ${who}.`;
  }
}

/** The window an improvement contest compares with: the same number of days just before it. */
function previousRange(contest: Rules): string {
  const length = contest.end - contest.start + 1;
  const days = length === 1 ? 'day' : `${length} days`;
  return `${days} just before (${formatDayRange(contest.start - length, contest.start - 1)})`;
}

function firstToGoal(metric: string, goal: number, currency: string): string {
  return currency === '' || !isMoneyMetric(metric)
    ? `${formatCount(goal)} ${metricNoun(metric, 2)}`
    : formatMetric(metric, goal, currency);
}
