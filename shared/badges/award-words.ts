// Manager words for award facts: the Awards tab's explanation, the CLI and the add-on; may show everything.
import {
  formatDay,
  formatDayRange,
  formatMetric,
  formatMoney,
  formatPct,
  formatRows,
  metricNoun,
  rowsSuffix,
} from '../format';
import { isoDay } from '../time';
import type { AwardFact, AwardFactKind, SourceRows } from './facts';
import type { Award } from './types';
import { during, inWindow } from './windows';

type Words = {
  readonly [K in AwardFactKind]: (
    fact: Extract<AwardFact, { kind: K }>,
    currency: string,
  ) => string;
};

const rows = (s: SourceRows) => rowsSuffix(s.tab, s.rows);

/** What follows "<badge name>: ", with the source rows and the full stop. */
const AWARD_WORDS: Words = {
  threshold: (f, c) =>
    formatMetric(f.metric, f.value, c) +
    ' ' +
    inWindow(f.window) +
    // A day window is its own crossing day: "3 won deals on 9 Nov 2026" says it all.
    (f.window.kind === 'day'
      ? ''
      : ', reaching ' + formatMetric(f.metric, f.threshold, c) + ' on ' + formatDay(f.reachedOn)) +
    rows(f.sources) +
    '.',
  single_deal: (f, c) =>
    `won a deal of ${formatMoney(f.amount, c)} on ${formatDay(f.wonOn)} (Deals row ${f.sources.rows[0]}); ` +
    `${formatMoney(f.threshold, c)} or more earns it.`,
  streak_days: (f) =>
    `${f.days} working days in a row with ${metricNoun(f.metric, 2)}, ` +
    formatDayRange(f.start, f.end) +
    rows(f.sources) +
    '; weekends and holidays are skipped.',
  streak_periods: (f) =>
    `${metricNoun(f.metric, 1)} target met ${f.count} times in a row, ${f.first.name} to ${f.last.name}, ` +
    `the last on ${formatDay(f.lastOn)}${rows(f.sources)}.`,
  record: (f, c) =>
    `personal best of ${formatMetric(f.metric, f.value, c)} ${during(f.window)}, ` +
    `beating ${formatMetric(f.metric, f.best, c)} ${during(f.bestWindow)} on ${formatDay(f.beatenOn)}${rows(f.sources)}.`,
  improvement: (f, c) =>
    `${formatMetric(f.metric, f.value, c)} ${during(f.window)} against ` +
    `${formatMetric(f.metric, f.before, c)} ${during(f.previous)}, ` +
    `+${formatPct(f.risePct)} by ${formatDay(f.reachedOn)}${rows(f.sources)}.`,
  target_hit: (f) =>
    `${formatPct(f.pct)} of the ${metricNoun(f.metric, 1)} target ${during(f.window)}, ` +
    `${formatPct(f.bar)} reached on ${formatDay(f.reachedOn)}${rows(f.sources)}.`,
  manual: (f) => `awarded on ${formatDay(f.awardedOn)} (Recognition row ${f.sources.rows[0]}).`,
  // Course names are private: they appear here, for the manager, and never in the snapshot.
  training: (f) =>
    'completed ' +
    f.courses
      .map((t) => `${t.course} on ${isoDay(t.completed)} (Training row ${t.row})`)
      .join(', ') +
    '.',
  milestone: (f) =>
    `${f.threshold} ${f.recognitionKind}s received by ${isoDay(f.reachedOn)}, ` +
    `the ${f.threshold}th on Recognition row ${f.nthRow} ` +
    `(${f.count} so far; Recognition ${formatRows(f.sources.rows)}).`,
};

/** "<badge name>: <why>": the explanation of an award for the manager. */
export function awardWords(
  award: Pick<Award, 'fact'>,
  badgeName: string,
  currency: string,
): string {
  const fact = award.fact;
  const words = AWARD_WORDS[fact.kind] as (f: AwardFact, c: string) => string;
  return badgeName + ': ' + words(fact, currency);
}
