// Hand-built records for the gamification specs: reps, activities, deals, contests, and a context.
import { type ContestContext, type StandingEntry, standingText } from '../../../shared/contests';
import { buildLedger } from '../../../shared/metrics/ledger';
import { buildTargets } from '../../../shared/metrics/targets';
import { type Calendar, DEFAULT_CALENDAR } from '../../../shared/time/calendar';
import {
  type Activity,
  type Contest,
  DEFAULT_ACTIVITY_WEIGHTS,
  type Deal,
  type Rep,
  type Target,
} from '../../../shared/workbook';
import { rep as baseRep, d } from '../fixtures/records';

export { d };

/** '2026-11-05 10:15' -> At; a bare date is midnight. */
export function at(text: string): number {
  const [date, time = '00:00'] = text.split(' ');
  const [h, m] = time.split(':').map(Number);
  return d(date!) * 1440 + h! * 60 + m!;
}

export function rep(repId: string, over: Partial<Rep> = {}): Rep {
  return baseRep(repId, { email: repId + '@example.com', ...over });
}

export function act(row: number, repId: string, when: string, type = 'demo', count = 1): Activity {
  const a = at(when);
  return {
    row,
    at: a,
    day: Math.floor(a / 1440),
    repId,
    type,
    count,
    dealId: null,
    note: null,
  } as Activity;
}

export function deal(
  row: number,
  repId: string,
  amount: number,
  closed: string,
  status: 'won' | 'lost' | 'open' = 'won',
): Deal {
  const a = at(closed);
  return {
    row,
    dealId: 'D' + row,
    repId,
    account: 'Account ' + row,
    product: null,
    amount,
    stage: status,
    status,
    createdDay: Math.floor(a / 1440) - 30,
    closeDay: status === 'open' ? null : Math.floor(a / 1440),
    closeAt: status === 'open' ? null : a,
    expectedCloseDay: null,
  } as Deal;
}

export function target(
  row: number,
  repId: string,
  period: string,
  metric: string,
  amount: number,
): Target {
  return { row, repId, period, periodKind: 'month', metric, target: amount } as Target;
}

export function contest(over: Partial<Contest> & Pick<Contest, 'kind'>): Contest {
  return {
    row: 2,
    contestId: 'C1',
    name: 'Demo Dash',
    metric: 'demo',
    start: d('2026-11-02'),
    end: d('2026-11-13'),
    goal: null,
    team: null,
    prize: null,
    description: null,
    public: true,
    ...over,
  } as Contest;
}

export interface World {
  reps: Rep[];
  activities?: Activity[];
  deals?: Deal[];
  targets?: Target[];
  calendar?: Calendar;
  asOf: string;
}

/** The contest context, plus the currency the badge fixtures still read. */
export function context(w: World): ContestContext & { readonly currency: string } {
  const calendar = w.calendar ?? DEFAULT_CALENDAR;
  return {
    reps: w.reps,
    ledger: buildLedger({
      settings: { activityWeights: DEFAULT_ACTIVITY_WEIGHTS },
      reps: w.reps,
      activities: w.activities ?? [],
      deals: w.deals ?? [],
    }),
    targets: buildTargets({ calendar, targets: w.targets ?? [] }),
    calendar,
    asOf: d(w.asOf),
    currency: 'USD',
  };
}

export function calendarWithHolidays(...isoDays: string[]): Calendar {
  return { ...DEFAULT_CALENDAR, holidays: new Set(isoDays.map(d)) };
}

/** A standing's manager explanation, as the Standings tab writes it (in USD). */
export function explain(entry: Pick<StandingEntry, 'fact' | 'tiedWithRank'>): string {
  return standingText(entry, 'USD');
}
