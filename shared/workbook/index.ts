// The workbook module: raw grids in, typed records and data issues out.

export {
  Bad,
  MAX_TEXT_LENGTH,
  amount,
  at,
  boolean,
  count,
  dateWindow,
  day,
  dayList,
  httpsUrl,
  lines,
  list,
  numberCell,
  oneOf,
  parseNumberText,
  cellText,
  text,
} from './cells';
export { CONTEST_KINDS, type ContestKind } from './contest-kinds';
export type { Cell, Grid, WorkbookGrids } from './grid';
export { headerKey, isBlank } from './headers';
export { sortIssues } from './issue-order';
export { type Figure, figureOf, stoppedFigures } from './metric-columns';
export { isMoneyMetric } from './metric-names';
export { normalizeActivityType, normalizeMetric } from './names';
export { editDistance, nearestName } from './nearest';
export { parseWorkbook } from './parse';
export { type Settings, calendarOf, parseSettings } from './settings';
export {
  DEFAULT_ACTIVITY_WEIGHTS,
  type PrivatePageField,
  SETTINGS,
  SETTING_SPECS,
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
  optional,
  required,
  visibility,
} from './spec';
export { TAB_SPECS, tabHeader } from './specs';
export { type Activity, ActivitySchema } from './tabs/activities';
export { type ActivityColumns, type ActivityRows, ActivityTable } from './tabs/activity-table';
export {
  type BadgeDef,
  type BadgeKind,
  type BadgeTier,
  type BadgeWindow,
  badgesTab,
} from './tabs/badges';
export {
  type Candidate,
  type CandidateStage,
  EXIT_STAGES,
  FUNNEL_STAGES,
} from './tabs/candidates';
export type { Coaching } from './tabs/coaching';
export type { CommissionPlan } from './tabs/commission-plans';
export { type Contest, ContestSchema } from './tabs/contests';
export { type Deal, DealSchema, type DealStatus, statusFromStage } from './tabs/deals';
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
  type PlanTemplateValues,
  planTemplateGrid,
} from './tabs/plan-template';
export {
  RECOGNITION_KINDS,
  type Recognition,
  type RecognitionKind,
  RecognitionSchema,
} from './tabs/recognition';
export { type Rep, RepSchema } from './tabs/reps';
export type { Role } from './tabs/roles';
export type { Target } from './tabs/targets';
export type { Training } from './tabs/training';
export type { Workbook } from './workbook';
