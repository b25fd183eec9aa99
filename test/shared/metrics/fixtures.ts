// Hand-built workbook records for metrics tests: only the fields the metrics read, typed as the real records.
import type { Calendar } from '../../../shared/time/calendar';
import type { Day } from '../../../shared/time/types';
import type { Activity, Deal, Rep, Target, Workbook } from '../../../shared/workbook';
import { rep as baseRep, d } from '../fixtures/records';

export { d };

export function rep(repId: string, extra: Partial<Rep> = {}): Rep {
  return baseRep(repId, { row: 0, ...extra });
}

/** An activity on an ISO day; `minute` (0..1439) sets its time of day. */
export function act(
  row: number,
  repId: string,
  day: string,
  type: string,
  count = 1,
  minute = 0,
): Activity {
  const dd = d(day);
  return {
    row,
    at: dd * 1440 + minute,
    day: dd,
    repId,
    type,
    count,
    dealId: null,
    note: null,
  } as Activity;
}

export interface DealSpec {
  row: number;
  repId: string;
  amount: number;
  status: 'open' | 'won' | 'lost';
  created?: string;
  closed?: string;
}

export function deal(s: DealSpec): Deal {
  const closeDay = s.closed ? d(s.closed) : null;
  return {
    row: s.row,
    dealId: `D${s.row}`,
    repId: s.repId,
    account: null,
    product: null,
    amount: s.amount,
    stage: null,
    status: s.status,
    createdDay: s.created ? d(s.created) : null,
    closeDay,
    closeAt: closeDay === null ? null : closeDay * 1440,
    expectedCloseDay: null,
  } as Deal;
}

export function target(
  row: number,
  repId: string,
  period: string,
  metric: string,
  value: number,
): Target {
  const periodKind = /^\d{4}$/.test(period)
    ? 'year'
    : period.includes('Q')
      ? 'quarter'
      : period.includes('W')
        ? 'week'
        : 'month';
  return { row, repId, period, periodKind, metric, target: value } as Target;
}

export const WEIGHTS: ReadonlyMap<string, number> = new Map([
  ['call', 1],
  ['email', 0.5],
  ['meeting', 3],
  ['demo', 5],
  ['proposal', 8],
]);

export function calendar(extra: Partial<Calendar> = {}): Calendar {
  return {
    weekStartsOn: 1,
    fiscalYearStartMonth: 1,
    workingDays: new Set([1, 2, 3, 4, 5]),
    holidays: new Set<Day>(),
    ...extra,
  };
}

export interface WorkbookSpec {
  reps?: Rep[];
  activities?: Activity[];
  deals?: Deal[];
  targets?: Target[];
  calendar?: Calendar;
  weights?: ReadonlyMap<string, number>;
}

/** A Workbook with the given records; tabs the metrics do not read are empty. */
export function workbook(s: WorkbookSpec): Workbook {
  const cal = s.calendar ?? calendar();
  return {
    settings: {
      activityWeights: s.weights ?? WEIGHTS,
      weekStartsOn: cal.weekStartsOn === 1 ? 'monday' : 'sunday',
      fiscalYearStartMonth: cal.fiscalYearStartMonth,
      workingDays: [...cal.workingDays],
      holidays: [...cal.holidays],
      currency: 'USD',
    },
    calendar: cal,
    reps: s.reps ?? [],
    targets: s.targets ?? [],
    activities: s.activities ?? [],
    deals: s.deals ?? [],
    contests: [],
    badgeRows: [],
    recognition: [],
    training: [],
    coaching: [],
    actionPlans: [],
    planTemplate: null,
    roles: [],
    candidates: [],
    commissionPlans: [],
    tabs: new Set(),
    notComputed: [],
  } as unknown as Workbook;
}
