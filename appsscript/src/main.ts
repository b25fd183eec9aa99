// The bundle's entry: every function Apps Script calls by name. The build declares each as a top-level function.
export { getDashboardData, openIssuesTab, showDashboard } from './handlers/dashboard';
export { showDiagnostics } from './handlers/diagnostics';
export { getHiFiveOptions, showHiFiveDialog, submitHiFive } from './handlers/hi-five';
export {
  confirmImport,
  getImportSources,
  previewImport,
  showImportDialog,
} from './handlers/import';
export { onHourlyTrigger, toggleHourlyRecalculation } from './handlers/hourly';
export { onInstall, onOpen } from './handlers/open';
export { rotateAllPrivateLinks, rotateOnePrivateLink } from './handlers/private-links';
export { publishLeaderboard } from './handlers/publish';
export { recalculateNow } from './handlers/recalculate';
export { getRepPanel, getWhatIf } from './handlers/rep-panel';
export { setupWorkbook } from './handlers/setup';
export { getStatement, getStatementOptions, showStatementDialog } from './handlers/statement';
export { doGet } from './handlers/web-app';
