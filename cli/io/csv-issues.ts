// Issues about the CSV files of an input folder: reader problems, and files that match no input tab.
import { OUTPUT_TABS } from '../../shared/engine';
import type { DataIssue } from '../../shared/issues';
import { headerKey, nearestName, TAB_NAMES, type TabName } from '../../shared/workbook';
import type { CsvProblem } from './csv';

const INPUT_BY_KEY = new Map<string, TabName>(TAB_NAMES.map((t) => [headerKey(t), t]));
const OUTPUT_KEYS = new Set<string>(OUTPUT_TABS.map((t) => headerKey(t)));

/** The input tab a file stem is read as (names match as tab names do), or null. */
export function inputTabOf(stem: string): TabName | null {
  return INPUT_BY_KEY.get(headerKey(stem)) ?? null;
}

/** True for a file the build writes (Scorecard.csv…): an output folder reused as input is fine. */
export function isOutputTab(stem: string): boolean {
  return OUTPUT_KEYS.has(headerKey(stem));
}

/** One issue per problem the reader recovered from, on the tab the file is read as. */
export function csvProblemIssues(
  tab: string,
  file: string,
  problems: readonly CsvProblem[],
): DataIssue[] {
  return problems.map((p) => ({
    tab,
    row: p.row,
    column: null,
    value: null,
    problem: `${file} row ${p.row}${p.line === p.row ? '' : ` (line ${p.line})`}: ${p.problem}`,
    fix: p.fix,
    severity: 'warning',
  }));
}

/** The warning for a CSV file whose name is not an input tab, naming the closest tab if any. */
export function unknownFileIssue(file: string, stem: string): DataIssue {
  const near = nearestTab(stem);
  return {
    tab: file,
    row: null,
    column: null,
    value: file,
    problem: near
      ? `${file} is not a tab Bellringer reads; did you mean ${near}?`
      : `${file} is not a tab Bellringer reads (the input tabs are ${TAB_NAMES.join(', ')}).`,
    fix: near
      ? `Rename it to ${near}.csv if it holds the ${near} tab; otherwise move it out of the folder.`
      : 'Rename it to one of the input tabs if it holds one; otherwise move it out of the folder.',
    severity: 'warning',
  };
}

/** The input tab whose name is a small edit away (a typo, a plural) or a part of the name. */
function nearestTab(stem: string): TabName | null {
  return nearestName(stem, TAB_NAMES);
}
