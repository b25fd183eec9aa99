// The parsed workbook: every tab's records, the settings and the calendar.

import type { Calendar } from '../time';
import type { NotComputed } from './metric-columns';
import type { Settings } from './settings';
import type { TabName } from './spec';
import type { ActionPlan } from './tabs/action-plans';
import type { ActivityRows } from './tabs/activity-table';
import type { BadgeDef } from './tabs/badges';
import type { Candidate } from './tabs/candidates';
import type { Coaching } from './tabs/coaching';
import type { CommissionPlan } from './tabs/commission-plans';
import type { Contest } from './tabs/contests';
import type { Deal } from './tabs/deals';
import type { PlanTemplate } from './tabs/plan-template';
import type { Recognition } from './tabs/recognition';
import type { Rep } from './tabs/reps';
import type { Role } from './tabs/roles';
import type { Target } from './tabs/targets';
import type { Training } from './tabs/training';

export interface Workbook {
  readonly settings: Settings;
  readonly calendar: Calendar;
  readonly reps: readonly Rep[];
  readonly targets: readonly Target[];
  /**
   * Parsed from a sheet: an ActivityTable (typed columns; a row's record is built when asked for
   * with `record(i)` or by iterating). Any array of records fits too.
   */
  readonly activities: ActivityRows;
  readonly deals: readonly Deal[];
  readonly contests: readonly Contest[];
  /**
   * The Badges tab's rows only (empty when the tab is missing). The badges in effect are
   * `effectiveBadges(workbook)` from shared/badges: every consumer uses that.
   */
  readonly badgeRows: readonly BadgeDef[];
  readonly recognition: readonly Recognition[];
  readonly training: readonly Training[];
  readonly coaching: readonly Coaching[];
  readonly actionPlans: readonly ActionPlan[];
  /** The Plan Template tab's fields (null = blank, the built-in value); null when the tab is missing. */
  readonly planTemplate: PlanTemplate | null;
  readonly roles: readonly Role[];
  readonly candidates: readonly Candidate[];
  readonly commissionPlans: readonly CommissionPlan[];
  /** Figures that are not computed because a column they need is missing or misspelt. */
  readonly notComputed: readonly NotComputed[];
  /** The input tabs present in the workbook. */
  readonly tabs: ReadonlySet<TabName>;
}
