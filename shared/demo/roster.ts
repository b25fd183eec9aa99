// The demo's reps and the story each one tells (star, struggler, comeback, hot streak, new hire...).
import { tabHeader } from '../workbook';
import { addMonthsToDay, isoDay } from '../time';
import { type MonthSpan, monthAt, monthOf } from './calendar';
import type { DemoContext, DemoRow } from './context';
import { FIRST_NAMES, LAST_NAMES, TEAMS_DEMO, TEAMS_LARGE } from './names';
import type { Rng } from './prng';

export type Story =
  | 'star'
  | 'struggler'
  | 'comeback'
  | 'streaker'
  | 'rookie'
  | 'leaver'
  | 'private'
  | 'steady';

export type Logging = 'daily' | 'mixed' | 'events';

export interface RepPlan {
  readonly repId: string;
  readonly name: string;
  readonly email: string;
  readonly team: string;
  readonly manager: string;
  readonly role: string;
  readonly story: Story;
  readonly startDay: number;
  /** Last day the rep logs data (the as-of day unless the rep left). */
  readonly lastDay: number;
  readonly active: boolean;
  readonly public: boolean;
  readonly logging: Logging;
  /** Full monthly revenue target once ramped. */
  readonly revenueTarget: number;
  /** Activity intensity around 1. */
  readonly hustle: number;
  readonly winRate: number;
  /** Share of the monthly revenue target actually won, per month of ctx.months. */
  readonly attainment: readonly number[];
}

/** The first reps carry the stories; the rest are steady performers. */
const STORY_ORDER: readonly Story[] = [
  'star',
  'struggler',
  'comeback',
  'streaker',
  'rookie',
  'leaver',
  'private',
];

function storyOf(index: number, size: DemoContext['size']): Story {
  if (index < STORY_ORDER.length) return STORY_ORDER[index]!;
  if (size === 'large' && index % 29 === 0) return 'rookie';
  if (size === 'large' && index % 41 === 0) return 'leaver';
  return 'steady';
}

/** Attainment for month i (counted back from the as-of month: 0 = as-of month). */
function attainmentFor(story: Story, back: number, rng: Rng): number {
  const jitter = (lo: number, hi: number) => lo + rng.next() * (hi - lo);
  switch (story) {
    case 'star':
      return jitter(1.18, 1.35);
    case 'struggler':
      return back >= 3 ? jitter(0.82, 0.92) : back === 2 ? 0.62 : back === 1 ? 0.56 : 0.5;
    case 'comeback':
      // Below 70% two months running, put on a plan, then back above target.
      return back >= 4
        ? jitter(0.74, 0.8)
        : back === 3
          ? 0.66
          : back === 2
            ? 0.45
            : back === 1
              ? 1.2
              : 1.18;
    case 'streaker':
      return jitter(0.95, 1.1);
    case 'rookie':
      return jitter(0.82, 0.92);
    case 'leaver':
      return jitter(0.68, 0.8);
    case 'private':
    case 'steady':
      return jitter(0.84, 1.1);
  }
}

function loggingOf(index: number, size: DemoContext['size']): Logging {
  // Most large-team reps log calls and emails as daily totals and meetings one by one.
  if (size === 'large') return index % 25 === 7 ? 'events' : 'mixed';
  return index === 7 ? 'events' : index === 9 || index === 10 ? 'mixed' : 'daily';
}

export function buildRoster(ctx: DemoContext): RepPlan[] {
  const rng = ctx.rng('roster');
  const count = ctx.repCount;
  const teams = ctx.size === 'large' ? TEAMS_LARGE : TEAMS_DEMO;
  const names = uniqueNames(rng, count);
  const reps: RepPlan[] = [];
  for (let i = 0; i < count; i++) {
    const story = storyOf(i, ctx.size);
    const { team, manager } = teams[i % teams.length]!;
    const name = names[i]!;
    const [first, last] = name.split(' ') as [string, string];
    const startDay =
      // A new hire starts on the 1st, two months back: full months, still in ramp at as-of.
      story === 'rookie'
        ? monthAt(ctx.asOf, -2).start
        : addMonthsToDay(ctx.asOf, -rng.int(10, 60)) - rng.int(0, 27);
    const lastDay = story === 'leaver' ? addMonthsToDay(ctx.asOf, -2) - rng.int(0, 10) : ctx.asOf;
    const revenueTarget = story === 'star' ? 50_000 : rng.pick([35_000, 40_000, 40_000, 45_000]);
    const attainment = ctx.months.map((_, m) =>
      attainmentFor(story, ctx.months.length - 1 - m, rng),
    );
    reps.push({
      repId: `R${String(i + 1).padStart(ctx.size === 'large' ? 3 : 2, '0')}`,
      name,
      email: `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + '@example.com',
      team,
      manager,
      role: i % 6 === 5 && story === 'steady' ? 'Senior Account Executive' : 'Account Executive',
      story,
      startDay,
      lastDay,
      active: story !== 'leaver',
      public: story !== 'private',
      logging: loggingOf(i, ctx.size),
      revenueTarget,
      hustle: story === 'streaker' ? 1.05 : 0.85 + rng.next() * 0.25,
      winRate: 0.25 + rng.next() * 0.1,
      attainment,
    });
  }
  return reps;
}

function uniqueNames(rng: Rng, count: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  while (out.length < count) {
    const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    const first = name.split(' ')[0]!;
    // In the small demo no two reps share a first name, so stories read clearly.
    if (seen.has(name) || (count <= 20 && out.some((n) => n.startsWith(`${first} `)))) continue;
    seen.add(name);
    out.push(name);
  }
  return out;
}

/** Ramp factor for a month: new hires get 50% then 75% of the full target in their first two months. */
export function rampFactor(rep: RepPlan, month: MonthSpan): number {
  const start = monthOf(rep.startDay);
  const monthsIn = (month.year - start.year) * 12 + (month.month - start.month);
  if (monthsIn < 0) return 0;
  return monthsIn === 0 ? 0.5 : monthsIn === 1 ? 0.75 : 1;
}

export function repsGrid(reps: readonly RepPlan[]): DemoRow[] {
  const header = tabHeader('Reps');
  return [
    header,
    ...reps.map((r) => [
      r.repId,
      r.name,
      r.email,
      r.team,
      r.manager,
      r.role,
      isoDay(r.startDay),
      r.active,
      r.public,
      '',
    ]),
  ];
}
