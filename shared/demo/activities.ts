// Activities: daily totals (with count) for some reps, single timestamped events for others.
import { tabHeader } from '../workbook';
import { compareText } from '../order';
import { isoDay } from '../time';
import type { DemoContext, DemoRow } from './context';
import type { Rng } from './prng';
import type { RepPlan } from './roster';

/** Mean per working day at hustle 1. */
const DAILY_MEAN = { call: 22, email: 15, meeting: 1.5, demo: 0.6, proposal: 0.3 } as const;
type ActivityType = keyof typeof DAILY_MEAN;
const TYPES = Object.keys(DAILY_MEAN) as ActivityType[];

/** The call goal of the demo's streak contest: the streaker beats it every day of the last weeks. */
export const STREAK_CALL_GOAL = 25;
const STREAK_WORKING_DAYS = 25;

export function activitiesGrid(ctx: DemoContext, reps: readonly RepPlan[]): DemoRow[] {
  const rng = ctx.rng('activities');
  const rows: DemoRow[] = [tabHeader('Activities')];
  const days = ctx.workingDays(ctx.windowStart, ctx.asOf);
  const iso = days.map(isoDay);
  const streakFrom = days.length - STREAK_WORKING_DAYS;
  // Day by day, as a team's log grows.
  for (let d = 0; d < days.length; d++) {
    const day = days[d]!;
    for (const rep of reps) {
      if (day < rep.startDay || day > rep.lastDay) continue;
      // A rookie starts slowly; everyone has an off day now and then.
      const ramp = rep.story === 'rookie' ? Math.min(1, 0.4 + (day - rep.startDay) / 60) : 1;
      const mood = rng.chance(0.04) ? 0.4 : 1;
      const scale = rep.hustle * ramp * mood;
      const counts = TYPES.map((t) => rng.poisson(DAILY_MEAN[t] * scale));
      if (rep.story === 'streaker' && d >= streakFrom) {
        counts[0] = Math.max(counts[0]!, STREAK_CALL_GOAL + rng.int(1, 7));
      } else if (rep.story !== 'streaker' && counts[0]! >= STREAK_CALL_GOAL && rng.chance(0.35)) {
        // Keep other reps' runs above the goal short so the streak story stands out.
        counts[0] = STREAK_CALL_GOAL - rng.int(1, 4);
      }
      emitDay(rows, rng, rep, iso[d]!, counts);
    }
  }
  return rows;
}

function emitDay(rows: DemoRow[], rng: Rng, rep: RepPlan, iso: string, counts: number[]): void {
  if (rep.logging === 'daily') {
    for (let t = 0; t < TYPES.length; t++) {
      if (counts[t]! > 0) rows.push([iso, rep.repId, TYPES[t]!, counts[t]!, '', '']);
    }
    return;
  }
  const events: { minute: number; type: ActivityType }[] = [];
  for (let t = 0; t < TYPES.length; t++) {
    const type = TYPES[t]!;
    if (rep.logging === 'mixed' && (type === 'call' || type === 'email')) {
      if (counts[t]! > 0) rows.push([iso, rep.repId, type, counts[t]!, '', '']);
      continue;
    }
    for (let k = 0; k < counts[t]!; k++)
      events.push({ minute: rng.int(8 * 60, 17 * 60 + 59), type });
  }
  events.sort((a, b) => a.minute - b.minute || compareText(a.type, b.type));
  for (const e of events) {
    const hh = String(Math.floor(e.minute / 60)).padStart(2, '0');
    const mm = String(e.minute % 60).padStart(2, '0');
    const note = e.type === 'demo' && rng.chance(0.3) ? 'Product demo with buying committee' : '';
    rows.push([`${iso} ${hh}:${mm}`, rep.repId, e.type, '', '', note]);
  }
}
