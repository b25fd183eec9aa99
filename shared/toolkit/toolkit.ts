// Runs the whole manager's toolkit once: typed results for the sidebar and the Assessment, Alerts and Hiring tabs.
import type { Table } from '../outputs';
import { type Figure, figureOf } from '../workbook';
import type { Day } from '../time';
import { proposeActionPlans } from './action-plans';
import { alertFacts } from './alert-facts';
import { alertsTable, buildAlerts } from './alerts';
import { assessmentTable } from './assessment-table';
import { assessTeam } from './assessment';
import { coachingReport } from './coaching';
import { hiringReport, REQUIRED_REFERENCES } from './hiring';
import { hiringTable } from './hiring-table';
import type { LedgerView, TargetsView, ToolkitWorkbook } from './inputs';
import { trackActionPlans } from './plan-tracking';
import { type HealthParts, type TeamHealth, teamHealth } from './team-health';
import { trainingReport } from './training';

/** The toolkit's parts (see HealthParts), the team health drawn from them, and its tabs. */
export interface ToolkitResult extends HealthParts {
  readonly asOf: Day;
  readonly health: TeamHealth;
  readonly tables: { readonly assessment: Table; readonly alerts: Table; readonly hiring: Table };
}

/** What the toolkit reads of a run (RunContext, through the narrow views its tests build). */
export interface ToolkitContext {
  readonly workbook: ToolkitWorkbook;
  readonly ledger: LedgerView;
  readonly targets: TargetsView;
  readonly asOf: Day;
  /** Figures not computed (RunContext.stopped); none when not given. */
  readonly stopped?: ReadonlySet<Figure>;
}

/**
 * Reads the workbook, ledger and targets; changes nothing (plans included). Without revenue (its
 * Deals column is missing, issue 11) nobody is assessed or proposed a plan on a zero that is not
 * real, and plans on a figure that is not computed are not tracked.
 */
export function runToolkit(ctx: ToolkitContext): ToolkitResult {
  const { workbook, ledger, targets, asOf } = ctx;
  const stopped = ctx.stopped ?? new Set<Figure>();
  const revenue = !stopped.has('revenue');
  const assessments = revenue ? assessTeam(workbook, ledger, targets, asOf) : [];
  const proposals = revenue ? proposeActionPlans(workbook, ledger, targets, asOf) : [];
  const plans = trackActionPlans(workbook, ledger, asOf).filter(
    (p) => !stopped.has(figureOf(p.metric)),
  );
  const coaching = coachingReport(workbook, asOf);
  const training = trainingReport(workbook, asOf);
  const hiring = hiringReport(workbook, asOf);
  const names = new Map(workbook.reps.map((r) => [r.repId, r.name]));
  const s = workbook.settings;
  const alerts = buildAlerts(
    alertFacts(workbook, targets, asOf, { proposals, plans, coaching, training, hiring }),
    {
      currency: s.currency,
      asOf,
      coachingCadenceDays: s.coachingCadenceDays,
      hiringStallDays: s.hiringStallDays,
      names,
    },
  );
  const parts = { assessments, proposals, plans, coaching, training, hiring, alerts };
  return {
    asOf,
    ...parts,
    health: teamHealth(parts),
    tables: {
      assessment: assessmentTable(assessments),
      alerts: alertsTable(alerts, names),
      hiring: hiringTable(hiring, REQUIRED_REFERENCES),
    },
  };
}
