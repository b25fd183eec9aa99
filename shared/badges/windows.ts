// The windows a badge is judged in, the metric it reads, and the day a running total crossed a bar.
import type { Ledger, MetricKey } from '../metrics';
import { type Calendar, isWorkingDay } from '../time';
import type { Period, PeriodKind } from '../time';
import { periodsInRange } from '../time';
import { parsePeriodLabel, periodName } from '../time';
import type { Day } from '../time';
import type { BadgeDef, BadgeWindow, Rep } from '../workbook';
import { findCrossing } from '../contests';
import type { BadgeContext } from './types';

export interface BadgeWindowSpan {
  /** Period label (`2026-11`), or null for the all-time window. */
  readonly label: string | null;
  /** For people: `Nov 2026`, `Week 48, 2026`, `all time to 26 Nov 2026`. */
  readonly name: string;
  readonly kind: PeriodKind | 'all';
  /** The period, for target look-ups; null for the all-time window. */
  readonly period: Period | null;
  readonly start: Day;
  readonly end: Day;
  /** Last day counted: min(end, asOf). */
  readonly to: Day;
}

/** The metric a badge reads when its row leaves it blank. */
export function badgeMetric(badge: BadgeDef): MetricKey {
  return badge.metric ?? (badge.kind === 'streak' ? 'activity_points' : 'revenue');
}

/**
 * The window kind a badge uses when its row leaves it blank: all time for threshold and
 * single-deal badges, a month for the period comparisons (record, improvement, target hit).
 */
export function badgeWindow(badge: BadgeDef): BadgeWindow {
  if (badge.window !== null) return badge.window;
  return badge.kind === 'threshold' || badge.kind === 'single_deal' || badge.kind === 'streak'
    ? 'all'
    : 'month';
}

/** First day a rep can earn anything: the later of the first data day and the start date. */
export function historyStart(rep: Rep, ctx: BadgeContext): Day | null {
  if (ctx.ledger.firstDay > ctx.ledger.lastDay) return null;
  return Math.max(ctx.ledger.firstDay, rep.startDate ?? ctx.ledger.firstDay);
}

type SpanKind = Exclude<BadgeWindow, 'all'>;

/**
 * A run's badge windows, built once per run (RunContext.badgeWindows): the windows of each kind
 * from the first data day to asOf, each rep taking a tail, and the working days of that range.
 */
export interface BadgeWindows {
  spans(kind: SpanKind): readonly BadgeWindowSpan[];
  /** 1 for a working day, indexed from the ledger's first day to asOf (empty without data). */
  readonly working: Uint8Array;
}

/** The badge windows of a run; a kind's windows are made the first time a badge asks for them. */
export function badgeWindowsOf(ctx: {
  readonly ledger: Pick<Ledger, 'firstDay' | 'lastDay'>;
  readonly calendar: Calendar;
  readonly asOf: Day;
}): BadgeWindows {
  const first = ctx.ledger.firstDay;
  const hasData = first <= ctx.ledger.lastDay;
  const working = new Uint8Array(hasData ? Math.max(0, ctx.asOf - first + 1) : 0);
  for (let i = 0; i < working.length; i++)
    working[i] = isWorkingDay(first + i, ctx.calendar) ? 1 : 0;
  const byKind = new Map<SpanKind, readonly BadgeWindowSpan[]>();
  return {
    working,
    spans(kind) {
      let spans = byKind.get(kind);
      if (!spans) {
        spans = !hasData
          ? []
          : periodsInRange(kind, first, ctx.asOf, ctx.calendar).map((p) => ({
              label: p.label,
              name: periodName(p),
              kind,
              period: p,
              start: p.start,
              end: p.end,
              to: Math.min(p.end, ctx.asOf),
            }));
        byKind.set(kind, spans);
      }
      return spans;
    },
  };
}

/** Windows that have ended, plus the current one up to asOf, from the rep's history start. */
export function windowsOf(
  kind: BadgeWindow,
  rep: Rep,
  ctx: BadgeContext,
): readonly BadgeWindowSpan[] {
  const from = historyStart(rep, ctx);
  if (from === null || from > ctx.asOf) return [];
  if (kind === 'all')
    return [
      {
        label: null,
        name: 'all time',
        kind,
        period: null,
        start: from,
        end: ctx.asOf,
        to: ctx.asOf,
      },
    ];
  const spans = ctx.badgeWindows.spans(kind);
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end < from) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? spans : spans.slice(lo);
}

/** The current window of a kind (the one holding asOf). */
export function currentWindow(
  kind: BadgeWindow,
  rep: Rep,
  ctx: BadgeContext,
): BadgeWindowSpan | null {
  const all = windowsOf(kind, rep, ctx);
  const last = all[all.length - 1];
  return last && last.start <= ctx.asOf && last.end >= ctx.asOf ? last : null;
}

/** The day the running total of start..end first reached `needed` (or passed it, when strict). */
export function crossingDay(
  ctx: BadgeContext,
  repId: string,
  metric: MetricKey,
  start: Day,
  end: Day,
  needed: number,
  strict = false,
): Day | null {
  return findCrossing(ctx.ledger, repId, metric, start, end, needed, strict)?.day ?? null;
}

/** `in Nov 2026`, or `in total` for the all-time window. */
export function inWindow(w: BadgeWindowSpan): string {
  return w.label === null ? 'in total' : during(w);
}

/** `in Nov 2026`, `in Week 48, 2026`, but `on 9 Nov 2026` for a day window. */
export function during(w: BadgeWindowSpan): string {
  return (w.kind === 'day' ? 'on ' : 'in ') + w.name;
}

/** A window label named in the team's calendar (`2026-Q3` -> `FY2027 Q1`); null when it is not a label. */
export function windowNameOf(label: string, cal: Calendar): string | null {
  const p = parsePeriodLabel(label, cal);
  return p === null ? null : periodName(p);
}
