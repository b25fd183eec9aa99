// Import Issues.csv in a workbook folder: the import's per-row issues, kept so `build` lists them in the Issues tab.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataIssue } from '../../shared/issues';
import { formatCsv, parseCsv } from './csv';

export const IMPORT_ISSUES_FILE = 'Import Issues.csv';
export const IMPORT_ISSUES_STEM = 'Import Issues';
/** `record`: the deal or activity the issue is about (`deal:A-1004`), so a later import of it replaces it. */
const HEADER = ['tab', 'row', 'column', 'value', 'problem', 'fix', 'severity', 'record'] as const;
/** The columns every version of the file has (`record` came later). */
const REQUIRED = HEADER.length - 1;

/** The issues a file holds (rows it cannot read are skipped: the file is Bellringer's own). */
export function parseImportIssues(text: string): DataIssue[] {
  return readIssueRows(text).map((r) => r.issue);
}

function readIssueRows(text: string): { issue: DataIssue; record: string | null }[] {
  const [head, ...rows] = parseCsv(text);
  if (!head) return [];
  const at = (name: string) => head.indexOf(name);
  return rows
    .filter((r) => r.length >= REQUIRED)
    .map((r) => {
      const row = Number(r[at('row')]);
      const blank = (s: string | undefined) => (s === undefined || s === '' ? null : s);
      const issue: DataIssue = {
        tab: r[at('tab')] ?? '',
        row: r[at('row')] === '' || !Number.isInteger(row) ? null : row,
        column: blank(r[at('column')]),
        value: blank(r[at('value')]),
        problem: r[at('problem')] ?? '',
        fix: r[at('fix')] ?? '',
        severity: r[at('severity')] === 'error' ? 'error' : 'warning',
      };
      return { issue, record: at('record') < 0 ? null : blank(r[at('record')]) };
    });
}

/**
 * Replaces the issues of `source` (an earlier import of the same file) and those of every record
 * this import holds (`records`: the record key of each export row, header = 1), so a deal updated
 * from a newer export keeps only its newest notes, and `gone` (records deleted upstream, whose
 * rows the import removed) keep none; other issues are kept.
 */
export function writeImportIssues(
  dir: string,
  source: string,
  issues: readonly DataIssue[],
  records: ReadonlyMap<number, string> = new Map(),
  gone: readonly string[] = [],
): string {
  const path = join(dir, IMPORT_ISSUES_FILE);
  const replaced = new Set([...records.values(), ...gone]);
  const kept = existsSync(path)
    ? readIssueRows(readFileSync(path, 'utf8')).filter(
        (r) => r.issue.tab !== source && !(r.record !== null && replaced.has(r.record)),
      )
    : [];
  const fresh = issues.map((issue) => ({
    issue,
    record: issue.row === null ? null : (records.get(issue.row) ?? null),
  }));
  const rows = [...kept, ...fresh].map(({ issue: i, record }) => [
    i.tab,
    i.row,
    i.column,
    i.value,
    i.problem,
    i.fix,
    i.severity,
    record,
  ]);
  writeFileSync(path, formatCsv([[...HEADER], ...rows], { escapeFormulas: false }));
  return path;
}
