// Issues about the CSV files of an input folder: reader problems, and files that match no input tab.
import { OUTPUT_TABS } from '../../shared/engine';
import type { DataIssue } from '../../shared/issues';
import { headerKey, TAB_NAMES, type TabName } from '../../shared/workbook';
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

/** The input tab whose name is a small edit away (a typo, a plural) or a prefix of the name. */
function nearestTab(stem: string): TabName | null {
  const key = headerKey(stem);
  let best: TabName | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [tabKey, tab] of INPUT_BY_KEY) {
    const allowed = Math.min(key.length, tabKey.length) >= 5 ? 2 : 1;
    const d = editDistance(key, tabKey);
    const prefix = key.length >= 4 && (key.startsWith(tabKey) || tabKey.startsWith(key));
    const score = d <= allowed ? d : prefix ? allowed + 1 : Number.POSITIVE_INFINITY;
    if (score < bestDistance) {
      best = tab;
      bestDistance = score;
    }
  }
  return best;
}

/** Levenshtein distance of two short names. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length]!;
}
