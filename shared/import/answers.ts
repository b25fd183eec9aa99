// Answers typed in a dialog, read exactly as the same rows of the Import Mapping tab would be (one reader, one set of rules).
import type { DataIssue } from '../issues';
import { cellText, type Grid } from '../workbook';
import { chooseKind, choosePreset } from './columns';
import { EMPTY_MAPPING, type Mapping } from './mapping';
import { mappingFor, mappingGrid, readMappingGrid } from './mapping-tab';

/** One answer: the mapping row's key (`stage:Payment Done`, `date_order`…) and the value typed. */
export interface Answer {
  readonly key: string;
  readonly value: string;
}

/**
 * `mapping` with the answers in place of (or added to) its rows. A value the tab would refuse
 * (a stage answered `maybe`) is left out with the tab's own issue, so it is asked again.
 */
export function withAnswers(
  mapping: Mapping,
  answers: readonly Answer[],
): { mapping: Mapping; issues: DataIssue[] } {
  if (answers.length === 0) return { mapping, issues: [] };
  const rows: string[][] = mappingGrid([{ mapping }]);
  for (const a of answers) {
    const key = a.key.trim();
    const value = a.value.trim();
    if (key === '' || value === '') continue;
    const same = rows.findIndex((r, i) => i > 0 && r[0] === key);
    if (same > 0) rows[same] = [key, value, ''];
    // A kind row starts a new section: an answered kind replaces the first row instead.
    else if (key !== 'kind') rows.push([key, value, '']);
  }
  const read = readMappingGrid(rows, 'the dialog');
  return { mapping: read.mappings[0] ?? mapping, issues: read.issues };
}

/** The saved mapping for this export: the section of the kind its columns suggest (as `import` picks it). */
export function savedMappingFor(mappings: readonly Mapping[], rows: Grid): Mapping {
  const header = (rows[0] ?? []).map((c) => (cellText(c) ?? '').trim());
  const guess = chooseKind(header, EMPTY_MAPPING, choosePreset(header, EMPTY_MAPPING));
  return mappingFor(mappings, guess);
}
