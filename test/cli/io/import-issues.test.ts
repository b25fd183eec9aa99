// Import Issues.csv across imports of different files: a record's notes are replaced by its newest import's, and go with the record.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseImportIssues, writeImportIssues } from '../../../cli/io/import-issues';
import type { DataIssue } from '../../../shared/issues';

const dir = mkdtempSync(join(tmpdir(), 'bellringer-import-issues-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const note = (tab: string, row: number, problem: string): DataIssue => ({
  tab,
  row,
  column: 'Close Date',
  value: null,
  problem,
  fix: 'Fill it in.',
  severity: 'warning',
});

describe('writeImportIssues', () => {
  it('keeps only the newest notes of each record, drops those of records deleted upstream, keeps the rest', () => {
    writeImportIssues(
      dir,
      'v1.csv',
      [note('v1.csv', 2, 'A-1 old'), note('v1.csv', 3, 'A-2 old'), note('v1.csv', 4, 'A-3 old')],
      new Map([
        [2, 'deal:A-1'],
        [3, 'deal:A-2'],
        [4, 'deal:A-3'],
      ]),
    );
    writeImportIssues(dir, 'v2.csv', [note('v2.csv', 5, 'A-1 new')], new Map([[5, 'deal:A-1']]), [
      'deal:A-2',
    ]);
    const problems = parseImportIssues(readFileSync(join(dir, 'Import Issues.csv'), 'utf8')).map(
      (i) => `${i.tab}:${i.row} ${i.problem}`,
    );
    expect(problems).toEqual(['v1.csv:4 A-3 old', 'v2.csv:5 A-1 new']);
  });
});
