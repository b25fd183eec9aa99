// The add-on menu: captions and the top-level function each item calls (a tested contract with the bundle).

export interface MenuItem {
  readonly caption: string;
  /** A top-level function of Code.js; Apps Script calls menu items by this name. */
  readonly handler: string;
}

export const MENU: readonly (MenuItem | 'separator')[] = [
  { caption: 'Set up workbook', handler: 'setupWorkbook' },
  { caption: 'Recalculate now', handler: 'recalculateNow' },
  { caption: 'Auto-recalculate on/off', handler: 'toggleHourlyRecalculation' },
  'separator',
  { caption: 'Publish leaderboard', handler: 'publishLeaderboard' },
  { caption: 'Dashboard', handler: 'showDashboard' },
  { caption: 'Commission statement…', handler: 'showStatementDialog' },
  { caption: 'Give a hi-five', handler: 'showHiFiveDialog' },
  { caption: 'Import CRM export…', handler: 'showImportDialog' },
  'separator',
  { caption: 'Rotate one rep’s private link…', handler: 'rotateOnePrivateLink' },
  { caption: 'Rotate all private links', handler: 'rotateAllPrivateLinks' },
  'separator',
  { caption: 'Diagnostics', handler: 'showDiagnostics' },
];

/** The function the time-driven trigger calls (the name stays: triggers installed by earlier versions call it). */
export const HOURLY_HANDLER = 'onHourlyTrigger';
