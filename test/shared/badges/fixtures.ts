// Badge definitions, recognition rows and a badge context built by hand for the badge specs.
import {
  type AwardFact,
  type BadgeContext,
  badgeWindowsOf,
  evaluateBadgeSet,
} from '../../../shared/badges';
import type { BadgeDef, Recognition } from '../../../shared/workbook';
import { context, d, type World } from '../contests/fixtures';

export { act, at, calendarWithHolidays, d, deal, rep, target } from '../contests/fixtures';

export function badge(over: Partial<BadgeDef> & Pick<BadgeDef, 'kind'>): BadgeDef {
  return {
    row: 2,
    badgeId: 'B1',
    name: 'Test Badge',
    metric: 'demo',
    threshold: 3,
    window: 'week',
    tier: 'silver',
    icon: '⭐',
    description: null,
    public: true,
    ...over,
  } as BadgeDef;
}

export function recognition(
  row: number,
  to: string,
  day: string,
  over: Partial<Recognition> = {},
): Recognition {
  return {
    row,
    day: d(day),
    at: d(day) * 1440 + 600,
    to,
    from: 'Manager',
    fromRepId: null,
    kind: 'hi-five',
    badgeId: null,
    message: 'Great work',
    public: true,
    ...over,
  } as Recognition;
}

export function badgeContext(w: World & { recognition?: Recognition[] }): BadgeContext {
  const run = context(w);
  return { ...run, recognition: w.recognition ?? [], badgeWindows: badgeWindowsOf(run) };
}

/** The awards of `badges` in a context (the engine evaluates the whole set once, awards and progress). */
export const awardsOf = (badges: readonly BadgeDef[], ctx: BadgeContext) =>
  evaluateBadgeSet({ ...ctx, badges }).awards;

/** Progress toward `badges` in a context. */
export const progressOf = (badges: readonly BadgeDef[], ctx: BadgeContext) =>
  evaluateBadgeSet({ ...ctx, badges }).progress;

/** A manual award's fact: the simplest fact, for tests about everything but the words. */
export function manualFact(day: string, row = 2): AwardFact {
  return { kind: 'manual', awardedOn: d(day), sources: { tab: 'Recognition', rows: [row] } };
}
