// Public entry of the manager's toolkit: assessment, action plans, coaching, training, hiring, alerts.
export {
  ACTION_PLAN_COLUMNS,
  ACTION_PLAN_TEMPLATE,
  proposalRow,
  proposeActionPlans,
} from './action-plans';
export { missingTargetFacts } from './alert-facts';
export { RENDERERS } from './alert-renderers';
export { ALERT_KINDS, type Alert, type AlertKind, compareAlerts } from './alerts';
export { type RepAssessment, type Tier, assessTeam, tierLookup } from './assessment';
export { assessmentTable } from './assessment-table';
export { coachingHistory, coachingReport } from './coaching';
export { REQUIRED_REFERENCES, hiringReport } from './hiring';
export { hiringTable } from './hiring-table';
export type {
  LedgerView,
  TargetsView,
  ToolkitActionPlan,
  ToolkitCandidate,
  ToolkitCoaching,
  ToolkitRep,
  ToolkitRole,
  ToolkitSettings,
  ToolkitTraining,
  ToolkitWorkbook,
} from './inputs';
export { rampEnd, tenureMonths } from './months';
export { type ActionPlanTemplate, resolvePlanTemplate } from './plan-template';
export { type PlanTracking, checkInStates, trackActionPlans } from './plan-tracking';
export { type TeamHealth, repPanel } from './team-health';
export { type ToolkitResult, runToolkit } from './toolkit';
export { stateOf, trainingReport } from './training';
