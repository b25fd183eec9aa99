// The built-in badge catalogue, used when the workbook has no Badges tab (setup writes it there).
import type { BadgeDef } from '../workbook';
import { activityBadges } from './catalogue/activity';
import { manualBadges } from './catalogue/manual';
import { pipelineBadges } from './catalogue/pipeline';
import { progressBadges } from './catalogue/progress';
import { revenueBadges } from './catalogue/revenue';
import { targetBadges } from './catalogue/targets';

/*
 * Scarce by design: most bars sit well above a typical rep's week or month, platinum badges are
 * a few a year for the best reps, and every lens (activity, pipeline, revenue, streaks, records,
 * improvement, targets) has a way in, so different people can earn them.
 */
// The order of families is the order badges appear in the Badges tab and in every output.
export const builtinBadges: readonly BadgeDef[] = [
  ...activityBadges,
  ...pipelineBadges,
  ...revenueBadges,
  ...progressBadges,
  ...targetBadges,
  ...manualBadges,
];
