// Import Issues.csv in a workbook folder: the import's per-row issues, kept so `build` lists them in the Issues tab.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataIssue } from '../../shared/issues';
import { formatCsv, parseCsv } from './csv';

export const IMPORT_ISSUES_FILE = 'Import Issues.csv';
export const IMPORT_ISSUES_STEM = 'Import Issues';
const HEADER = ['tab', 'row', 'column', 'value', 'problem', 'fix', 'severity'] as const;

/** The issues a file holds (rows it cannot read are skipped: the file is Bellringer's own). */
export function parseImportIssues(text: string): DataIssue[] {
  const [head, ...rows] = parseCsv(text);
  if (!head) return [];
  const at = (name: string) => head.indexOf(name);
  return rows
    .filter((r) => r.length >= HEADER.length)
    .map((r) => {
      const row = Number(r[at('row')]);
      const blank = (s: string | undefined) => (s === undefined || s === '' ? null : s);
      return {
        tab: r[at('tab')] ?? '',
        row: r[at('row')] === '' || !Number.isInteger(row) ? null : row,
        column: blank(r[at('column')]),
        value: blank(r[at('value')]),
        problem: r[at('problem')] ?? '',
        fix: r[at('fix')] ?? '',
        severity: r[at('severity')] === 'error' ? 'error' : 'warning',
      };
    });
}

/** Replaces the issues of `source` (an earlier import of the same file) and keeps the others. */
export function writeImportIssues(
  dir: string,
  source: string,
  issues: readonly DataIssue[],
): string {
  const path = join(dir, IMPORT_ISSUES_FILE);
  const kept = existsSync(path)
    ? parseImportIssues(readFileSync(path, 'utf8')).filter((i) => i.tab !== source)
    : [];
  const rows = [...kept, ...issues].map((i) => [
    i.tab,
    i.row,
    i.column,
    i.value,
    i.problem,
    i.fix,
    i.severity,
  ]);
  writeFileSync(path, formatCsv([[...HEADER], ...rows], { escapeFormulas: false }));
  return path;
}
