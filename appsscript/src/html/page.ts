// The sidebar and dialog pages: a project HTML file (clasp install) or the same page inlined in Code.gs (paste install).

/** The pages the build makes from appsscript/src/ui (scripts/build-appsscript.mjs). */
export type PageName = 'Sidebar' | 'HiFive' | 'Statement' | 'Import';

/**
 * The paste-install Code.gs (dist/release) declares `BELLRINGER_PAGES` at its top: the manager
 * pastes one file, so the pages travel inside it as strings. The clasp bundle has no such global
 * and keeps them as the project's HTML files.
 */
declare const BELLRINGER_PAGES: Readonly<Record<string, string>> | undefined;

function inlined(name: PageName): string | null {
  if (typeof BELLRINGER_PAGES === 'undefined' || BELLRINGER_PAGES === null) return null;
  const html = BELLRINGER_PAGES[name];
  return typeof html === 'string' ? html : null;
}

export function htmlPage(name: PageName): GoogleAppsScript.HTML.HtmlOutput {
  const html = inlined(name);
  return html === null
    ? HtmlService.createHtmlOutputFromFile(name)
    : HtmlService.createHtmlOutput(html);
}
