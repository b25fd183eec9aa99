// Public entry of the manager's toolkit: assessment, action plans, coaching, training, hiring, alerts.
export {
  ACTION_PLAN_COLUMNS,
  ACTION_PLAN_TEMPLATE,
  type PlanProposal,
  proposalRow,
  proposeActionPlans,
  repsWithOpenPlan,
} from './action-plans';
export { type AlertSources, alertFacts, missingTargetFacts } from './alert-facts';
export { RENDERERS, type RenderContext } from './alert-renderers';
export {
  ALERT_KINDS,
  type Alert,
  type AlertFact,
  type AlertKind,
  type AlertSeverity,
  type AlertSource,
  alertsTable,
  buildAlerts,
  compareAlerts,
  renderAlert,
} from './alerts';
export { type RepAssessment, type Tier, assessTeam, tierLookup } from './assessment';
export { assessmentSummary } from './assessment-summary';
export { assessmentTable } from './assessment-table';
export {
  FLAT_TREND_POINTS,
  type MonthAttainment,
  type Trend,
  attainmentSlope,
  monthAttainment,
  trendOf,
} from './attainment';
export {
  type CoachingCadence,
  type CoachingMonth,
  type CoachingReport,
  type FollowUp,
  coachingHistory,
  coachingReport,
} from './coaching';
export {
  type CandidateCard,
  type CompetencyAverage,
  EXIT_STAGES,
  type ExitStageName,
  FUNNEL_STAGES,
  type FunnelStage,
  type FunnelStageName,
  MUST_HAVE_MIN_SCORE,
  REQUIRED_REFERENCES,
  type RoleFunnel,
  type StageName,
  hiringReport,
  stageOf,
} from './hiring';
export { hiringTable } from './hiring-table';
export {
  DUE_SOON_DAYS,
  FEATURE_TABS,
  type LedgerView,
  type PlanStatus,
  type TargetsView,
  type ToolkitActionPlan,
  type ToolkitCandidate,
  type ToolkitCoaching,
  type ToolkitDeal,
  type ToolkitInput,
  type ToolkitRep,
  type ToolkitRole,
  type ToolkitSettings,
  type ToolkitTraining,
  type ToolkitWorkbook,
  featureOn,
} from './inputs';
export { completeMonthsBefore, isInRamp, rampEnd, tenureMonths } from './months';
export { type ActionPlanTemplate, resolvePlanTemplate } from './plan-template';
export {
  CHECK_IN_EARLY_DAYS,
  type CheckIn,
  type CheckInState,
  type PlanTracking,
  type SuggestedOutcome,
  checkInStates,
  trackActionPlans,
} from './plan-tracking';
export {
  type HealthParts,
  type RepPanel,
  type TeamHealth,
  repPanel,
  teamHealth,
} from './team-health';
export { type ToolkitContext, type ToolkitResult, runToolkit } from './toolkit';
export {
  type Assignment,
  type AssignmentState,
  type CompletionRate,
  type TrainingReport,
  stateOf,
  trainingReport,
} from './training';
