// Words for award facts, one sentence core for both audiences: money through a MoneyText, course names only when given.
import {
  formatDay,
  formatDayRange,
  formatPct,
  formatRows,
  metricNoun,
  metricText,
  type MoneyText,
  moneyIn,
  rowsSuffix,
} from '../format';
import { isoDay } from '../time';
import type { AwardFact, AwardFactKind, CourseDone } from './facts';
import type { Award } from './types';
import { during, inWindow } from './windows';

/**
 * A completed course as the words may see it. The manager's facts carry the course name; the
 * public snapshot's allowlist (shared/snapshot/words/awards.ts) keeps only when and which row,
 * so a course name never reaches the public words (the Training tab is private).
 */
export type CourseView = Omit<CourseDone, 'course'> & { readonly course?: string };

/** An award fact as the words read it: a training fact's courses may have lost their names. */
export type AwardFactView =
  | Exclude<AwardFact, { kind: 'training' }>
  | (Omit<Extract<AwardFact, { kind: 'training' }>, 'courses'> & {
      readonly courses: readonly CourseView[];
    });

type Words = {
  readonly [K in AwardFactKind]: (
    fact: Extract<AwardFactView, { kind: K }>,
    money: MoneyText,
  ) => string;
};

const rows = (f: { readonly sources: AwardFact['sources'] }) =>
  rowsSuffix(f.sources.tab, f.sources.rows);

/**
 * What follows "<badge name>: ". With every amount written (the manager) each figure is shown.
 * With a money figure left out (the public snapshot when amounts are not published) the sentence
 * names what was reached without the figure; it never keeps a placeholder or derives the figure.
 */
const AWARD_WORDS: Words = {
  threshold: (f, money) => {
    const value = metricText(f.metric, f.value, money);
    const bar = metricText(f.metric, f.threshold, money);
    // A day window is its own crossing day: "3 won deals on 9 Nov 2026" says it all.
    const on = f.window.kind === 'day' ? '' : ' on ' + formatDay(f.reachedOn);
    if (value === null || bar === null) {
      const where = f.window.label === null ? '' : ' ' + during(f.window);
      return `the ${metricNoun(f.metric, 2)} bar reached${where}${on && ',' + on}${rows(f)}.`;
    }
    return `${value} ${inWindow(f.window)}${on && ', reaching ' + bar + on}${rows(f)}.`;
  },
  single_deal: (f, money) => {
    const amount = money(f.amount);
    const bar = money(f.threshold);
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
  record: (f, money) => {
    const value = metricText(f.metric, f.value, money);
    const best = metricText(f.metric, f.best, money);
    const on = ` on ${formatDay(f.beatenOn)}${rows(f)}.`;
    return value === null || best === null
      ? `personal best for ${metricNoun(f.metric, 2)} ${during(f.window)}, beating ${f.bestWindow.name}${on}`
      : `personal best of ${value} ${during(f.window)}, beating ${best} ${during(f.bestWindow)}${on}`;
  },
  improvement: (f, money) => {
    const value = metricText(f.metric, f.value, money);
    const before = metricText(f.metric, f.before, money);
    const rise = `+${formatPct(f.risePct)} by ${formatDay(f.reachedOn)}${rows(f)}.`;
    return value === null || before === null
      ? `${metricNoun(f.metric, 2)} ${during(f.window)} against ${f.previous.name}, ${rise}`
      : `${value} ${during(f.window)} against ${before} ${during(f.previous)}, ${rise}`;
  },
  target_hit: (f) =>
    `${formatPct(f.pct)} of the ${metricNoun(f.metric, 1)} target ${during(f.window)}, ` +
    `${formatPct(f.bar)} reached on ${formatDay(f.reachedOn)}${rows(f)}.`,
  manual: (f) => `awarded on ${formatDay(f.awardedOn)} (Recognition row ${f.sources.rows[0]}).`,
  // Named courses (the manager's facts) are listed; without names, how many and the last day.
  training: (f) => {
    const named = f.courses.every((t) => t.course !== undefined);
    if (named && f.courses.length > 0)
      return (
        'completed ' +
        f.courses
          .map((t) => `${t.course} on ${isoDay(t.completed)} (Training row ${t.row})`)
          .join(', ') +
        '.'
      );
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

/** "<badge name>: <why>", money written by `money` (the one sentence core of both audiences). */
export function awardFactWords(fact: AwardFactView, badgeName: string, money: MoneyText): string {
  const words = AWARD_WORDS[fact.kind] as (f: AwardFactView, m: MoneyText) => string;
  return badgeName + ': ' + words(fact, money);
}

/** The explanation of an award for the manager: every amount in the team currency, course names shown. */
export function awardWords(
  award: Pick<Award, 'fact'>,
  badgeName: string,
  currency: string,
): string {
  return awardFactWords(award.fact, badgeName, moneyIn(currency));
}
