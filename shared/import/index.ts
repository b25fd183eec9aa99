// Public entry of the import: CRM exports mapped once (a mapping saved in the workbook) into Deals, Activities and Reps.
export { type AmountText, amountText, decideDecimalMark, parseAmount } from './amounts';
export { activityType } from './activity-rows';
export { type Answer, savedMappingFor, withAnswers } from './answers';
export { chooseKind, choosePreset, resolveColumns } from './columns';
export { type Delimiter, detectDelimiter } from './delimiter';
export { decideDateOrder, readDate, type DateContext, type ReadDate } from './dates';
export type {
  ImportCounts,
  ImportFailure,
  ImportOutcome,
  MappedActivity,
  MappedDeal,
  NewRep,
  Question,
} from './facts';
export {
  ACTIVITY_FIELDS,
  DEAL_FIELDS,
  IMPORT_FIELDS,
  IMPORT_KINDS,
  type ImportField,
  type ImportKind,
  REQUIRED_FIELDS,
} from './fields';
export {
  DATE_ORDERS,
  type DateOrder,
  DECIMAL_MARKS,
  type DecimalMark,
  EMPTY_MAPPING,
  type Mapping,
  MappingSchema,
  NEW_REP,
} from './mapping';
export {
  type MappingRead,
  type MappingSection,
  mappingFor,
  mappingGrid,
  withMapping,
  NO_COLUMN,
  questionRow,
  readMappingGrid,
} from './mapping-tab';
export {
  ACTIVITY_COLUMNS,
  activityKeys,
  DEAL_COLUMNS,
  headerFor as importTabHeader,
  keysOf as importColumnKeys,
  MERGE_MODES,
  type Merged,
  type MergeMode,
  mergeActivities,
  mergeDeals,
  mergeReps,
  REP_COLUMNS,
} from './merge';
export { type KnownRep, nameKey, newRepId, ownerMatcher } from './owners';
export { PRESET_IDS, PRESETS, type Preset, presetById } from './presets';
export { type ImportInput, importExport } from './run';
export { planRows, type RowAppend, type RowEdit, type RowPlan } from './row-plan';
export { defaultOutcome, STAGE_OUTCOMES, type StageOutcome } from './stages';
export { failureText, questionText } from './words';
export {
  type Applied,
  applyImport,
  findTab,
  type WorkbookContext,
  workbookContext,
} from './workbook-context';
