// The default badge catalogue: the built-in badges and the hi-five milestones, one list for the engine and Set up.
import { MILESTONE_BADGES } from '../incentives/milestones';
import type { BadgeDef } from '../workbook';
import { builtinBadges } from './catalogue';

/**
 * What applies without a Badges tab, and what Set up writes into a new one, so a workbook set up
 * from it earns the same badges (milestones included) as one without the tab.
 */
export function defaultBadgeCatalogue(): readonly BadgeDef[] {
  return [...builtinBadges, ...MILESTONE_BADGES];
}
