// Public words for award facts: the snapshot's award explanations, money only through the public policy.
import type { AwardFact, AwardFactKind, CourseDone } from '../../badges';
import { during, inWindow } from '../../badges';
import {
  formatDay,
  formatDayRange,
  formatPct,
  formatRows,
  metricNoun,
  rowsSuffix,
} from '../../format';
import { isoDay } from '../../time';
import { type PublicPolicy, publicMoneyText } from '../public-policy';
import { publicMetricText } from './money';

/**
 * What the public words may read of a training fact: when and which rows, never the course
 * names (the Training tab is private). The table below is typed with this view, so reading
 * `course` here does not compile.
 */
type PublicTrainingFact = Omit<Extract<AwardFact, { kind: 'training' }>, 'courses'> & {
  readonly courses: readonly Omit<CourseDone, 'course'>[];
};

type PublicFact<K extends AwardFactKind> = K extends 'training'
  ? PublicTrainingFact
  : Extract<AwardFact, { kind: K }>;

type Words = {
  readonly [K in AwardFactKind]: (fact: PublicFact<K>, policy: PublicPolicy) => string;
};

const rows = (f: { readonly sources: AwardFact['sources'] }) =>
  rowsSuffix(f.sources.tab, f.sources.rows);

/** What follows "<badge name>: ". With amounts published it reads as the manager's words. */
const PUBLIC_AWARD_WORDS: Words = {
  threshold: (f, p) => {
    const value = publicMetricText(f.metric, f.value, p);
    const bar = publicMetricText(f.metric, f.threshold, p);
    const on = ' on ' + formatDay(f.reachedOn);
    if (value === null || bar === null) {
      const where = f.window.label === null ? '' : ' ' + during(f.window);
      return `the ${metricNoun(f.metric, 2)} bar reached${where}${f.window.kind === 'day' ? '' : `,${on}`}${rows(f)}.`;
    }
    return `${value} ${inWindow(f.window)}${f.window.kind === 'day' ? '' : ', reaching ' + bar + on}${rows(f)}.`;
  },
  single_deal: (f, p) => {
    const amount = publicMoneyText(p, f.amount);
    const bar = publicMoneyText(p, f.threshold);
    const row = ` (Deals row ${f.sources.rows[0]})`;
    return amount === null || bar === null
      ? `won a deal big enough on ${formatDay(f.wonOn)}${row}.`
      : `won a deal of ${amount} on ${formatDay(f.wonOn)}${row}; ${bar} or more earns it.`;
  },
  streak_days: (f) =>
    `${f.days} working days in a row with ${metricNoun(f.metric, 2)}, ` +
    `${formatDayRange(f.start, f.end)}${rows(f)}; weekends and holidays are skipped.`,
  streak_periods: (f) =>
    `${metricNoun(f.metric, 1)} target met ${f.count} times in a row, ${f.first.name} to ${f.last.name}, ` +
    `the last on ${formatDay(f.lastOn)}${rows(f)}.`,
  record: (f, p) => {
    const value = publicMetricText(f.metric, f.value, p);
    const best = publicMetricText(f.metric, f.best, p);
    const on = ` on ${formatDay(f.beatenOn)}${rows(f)}.`;
    return value === null || best === null
      ? `personal best for ${metricNoun(f.metric, 2)} ${during(f.window)}, beating ${f.bestWindow.name}${on}`
      : `personal best of ${value} ${during(f.window)}, beating ${best} ${during(f.bestWindow)}${on}`;
  },
  improvement: (f, p) => {
    const value = publicMetricText(f.metric, f.value, p);
    const before = publicMetricText(f.metric, f.before, p);
    const rise = `+${formatPct(f.risePct)} by ${formatDay(f.reachedOn)}${rows(f)}.`;
    return value === null || before === null
      ? `${metricNoun(f.metric, 2)} ${during(f.window)} against ${f.previous.name}, ${rise}`
      : `${value} ${during(f.window)} against ${before} ${during(f.previous)}, ${rise}`;
  },
  target_hit: (f) =>
    `${formatPct(f.pct)} of the ${metricNoun(f.metric, 1)} target ${during(f.window)}, ` +
    `${formatPct(f.bar)} reached on ${formatDay(f.reachedOn)}${rows(f)}.`,
  manual: (f) => `awarded on ${formatDay(f.awardedOn)} (Recognition row ${f.sources.rows[0]}).`,
  training: (f) => {
    const n = f.courses.length;
    const last = f.courses[n - 1];
    const when = last === undefined ? '' : `, the last on ${isoDay(last.completed)}`;
    return `completed ${n === 1 ? '1 course' : `${n} courses`}${when}${rows(f)}.`;
  },
  milestone: (f) =>
    `${f.threshold} ${f.recognitionKind}s received by ${isoDay(f.reachedOn)}, ` +
    `the ${f.threshold}th on Recognition row ${f.nthRow} ` +
    `(${f.count} so far; Recognition ${formatRows(f.sources.rows)}).`,
};

/** "<badge name>: <why>" for the public snapshot. */
export function publicAwardWords(fact: AwardFact, badgeName: string, policy: PublicPolicy): string {
  const words = PUBLIC_AWARD_WORDS[fact.kind] as (f: AwardFact, p: PublicPolicy) => string;
  return badgeName + ': ' + words(fact, policy);
}
