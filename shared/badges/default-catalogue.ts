// The badge catalogue in effect: the Badges tab's rows, or without the tab the built-in badges and hi-five milestones.
import type { BadgeDef, Workbook } from '../workbook';
import { builtinBadges } from './catalogue';
import { MILESTONE_BADGES } from './milestones';

/**
 * What applies without a Badges tab, and what Set up writes into a new one, so a workbook set up
 * from it earns the same badges (milestones included) as one without the tab.
 */
export function defaultBadgeCatalogue(): readonly BadgeDef[] {
  return [...builtinBadges, ...MILESTONE_BADGES];
}

/**
 * The badges that apply to a workbook, for every consumer (engine, sidebar, dialogs, site): the
 * Badges tab's rows when the tab exists (even empty: the manager removed them all), else the
 * default catalogue. `Workbook.badgeRows` alone is only what the tab holds.
 */
export function effectiveBadges(
  workbook: Pick<Workbook, 'badgeRows' | 'tabs'>,
): readonly BadgeDef[] {
  return workbook.tabs.has('Badges') ? workbook.badgeRows : defaultBadgeCatalogue();
}
