// generateDemoWorkbook: a complete, story-telling team workbook from a seed and an as-of day.
import type { WorkbookGrids } from '../workbook';
import { activitiesGrid } from './activities';
import { commissionPlansGrid } from './commissions';
import { contestsGrid } from './contests';
import { createContext, type DemoOptions } from './context';
import { dealsGrid } from './deals';
import { withDemoFlaws } from './flaws';
import { coachingGrid, trainingGrid } from './development';
import { candidatesGrid, rolesGrid } from './hiring';
import { actionPlansGrid } from './plans';
import { recognitionGrid } from './recognition';
import { buildRoster, repsGrid as repsGridOf } from './roster';
import { settingsGrid } from './settings';
import { targetsGrid } from './targets';

/**
 * Same seed, as-of and size give identical grids. Dates are ISO text ('YYYY-MM-DD' or
 * 'YYYY-MM-DD HH:MM'); booleans are true/false. There is no Badges tab, so the built-in catalogue
 * applies, and Recognition holds hi-fives and shout-outs only (an award needs a manual badge).
 * The 'demo' size ends Targets, Activities and Deals with one flawed row each (see flaws.ts).
 */
export function generateDemoWorkbook(options: DemoOptions): WorkbookGrids {
  const ctx = createContext(options);
  const reps = buildRoster(ctx);
  return {
    Settings: settingsGrid(ctx),
    Reps: repsGridOf(reps),
    Targets: withDemoFlaws('Targets', targetsGrid(ctx, reps), ctx),
    Activities: withDemoFlaws('Activities', activitiesGrid(ctx, reps), ctx),
    Deals: withDemoFlaws('Deals', dealsGrid(ctx, reps), ctx),
    Contests: contestsGrid(ctx),
    Recognition: recognitionGrid(ctx, reps),
    Training: trainingGrid(ctx, reps),
    Coaching: coachingGrid(ctx, reps),
    'Action Plans': actionPlansGrid(ctx, reps),
    Roles: rolesGrid(),
    Candidates: candidatesGrid(ctx),
    'Commission Plans': commissionPlansGrid(ctx, reps),
  };
}
