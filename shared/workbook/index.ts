// The workbook module: raw grids in, typed records and data issues out.

export {
  Bad,
  CUT_FIX,
  type CellEnv,
  type Coercer,
  DATE_WINDOW_YEARS,
  type DateWindow,
  MAX_AMOUNT,
  MAX_NUMBER,
  MAX_TEXT_LENGTH,
  NO_WORDS,
  type NumberRule,
  SERIAL_MAX,
  SERIAL_MIN,
  YES_WORDS,
  amount,
  at,
  boolean,
  cellSchema,
  cellText,
  count,
  cutText,
  dateWindow,
  day,
  dayList,
  httpsUrl,
  lines,
  list,
  numberCell,
  oneOf,
  parseNumberText,
  text,
} from './cells';
export { CONTEST_KINDS, type ContestKind } from './contest-kinds';
export { type Cell, type Grid, type WorkbookGrids } from './grid';
export { type HeaderMap, headerKey, isBlank, isBlankRow, readHeader } from './headers';
export { compareIssues, sortIssues } from './issue-order';
export {
  FIGURES,
  type Figure,
  type NotComputed,
  checkMetricColumns,
  figureOf,
  stoppedFigures,
} from './metric-columns';
export { BUILTIN_METRICS, MONEY_METRICS, isMoneyMetric } from './metric-names';
export { activityTypeCell, metricCell, normalizeActivityType, normalizeMetric } from './names';
export { editDistance, looseKey, nearestName } from './nearest';
export { type ParseOptions, type ParseResult, parseWorkbook } from './parse';
export { type Settings, type SettingsOptions, calendarOf, parseSettings } from './settings';
export {
  DEFAULT_ACTIVITY_WEIGHTS,
  MAX_ACTIVITY_WEIGHT,
  MAX_ACTIVITY_WEIGHTS,
  PRIVATE_PAGE_FIELDS,
  type PrivatePageField,
  SETTINGS,
  SETTING_SPECS,
  type SettingDef,
} from './settings-defs';
export {
  type Column,
  type ColumnSpec,
  type Columns,
  TAB_NAMES,
  type TabName,
  type TabSpec,
  type Validation,
  type Values,
  columnSpecs,
  optional,
  required,
  visibility,
  withDefault,
} from './spec';
export { ROW_TABS, SETTINGS_TAB_SPEC, TAB_SPECS } from './specs';
export type { Lookups, RowContext, TabDef } from './tab';
export {
  ACTION_PLAN_STATUSES,
  type ActionPlan,
  ActionPlanSchema,
  actionPlansTab,
} from './tabs/action-plans';
export { type Activity, ActivitySchema, activitiesTab } from './tabs/activities';
export {
  BADGE_KINDS,
  BADGE_TIERS,
  BADGE_WINDOWS,
  type BadgeDef,
  BadgeDefSchema,
  type BadgeKind,
  type BadgeTier,
  type BadgeWindow,
  badgesTab,
} from './tabs/badges';
export {
  CANDIDATE_STAGES,
  type Candidate,
  CandidateSchema,
  candidatesTab,
} from './tabs/candidates';
export { type Coaching, CoachingSchema, coachingTab } from './tabs/coaching';
export {
  COMMISSION_PERIODS,
  type CommissionPlan,
  CommissionPlanSchema,
  type CommissionTier,
  TIER_MODES,
  commissionPlansTab,
  tiersCell,
} from './tabs/commission-plans';
export { type Contest, ContestSchema, contestsTab } from './tabs/contests';
export {
  DEAL_STATUSES,
  type Deal,
  DealSchema,
  type DealStatus,
  dealsTab,
  statusFromStage,
} from './tabs/deals';
export {
  IMPORT_MAPPING_HEADER,
  IMPORT_MAPPING_TAB,
  IMPORT_MAPPING_TAB_SPEC,
} from './tabs/import-mapping';
export {
  PLAN_TEMPLATE_FIELDS,
  PLAN_TEMPLATE_HEADER,
  PLAN_TEMPLATE_MAX_LENGTH_DAYS,
  PLAN_TEMPLATE_TAB,
  PLAN_TEMPLATE_TAB_SPEC,
  type PlanTemplate,
  type PlanTemplateField,
  type PlanTemplateKey,
  PlanTemplateSchema,
  type PlanTemplateValues,
  planTemplateGrid,
} from './tabs/plan-template';
export { emptyPlanTemplate, parsePlanTemplate } from './tabs/plan-template-read';
export {
  RECOGNITION_KINDS,
  type Recognition,
  type RecognitionKind,
  RecognitionSchema,
  recognitionTab,
} from './tabs/recognition';
export { type Rep, RepSchema, repsTab } from './tabs/reps';
export { type Role, RoleSchema, rolesTab } from './tabs/roles';
export { type Target, TargetSchema, targetsTab } from './tabs/targets';
export { TRAINING_CATEGORIES, type Training, TrainingSchema, trainingTab } from './tabs/training';
export { type Workbook } from './workbook';
