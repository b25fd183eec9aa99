// The Import Mapping tab: the mapping as key/value rows (with a note each), read back with an issue per bad row.
import * as v from 'valibot';
import type { DataIssue } from '../issues';
import {
  cellText,
  type Grid,
  headerKey,
  IMPORT_MAPPING_HEADER,
  IMPORT_MAPPING_TAB,
} from '../workbook';
import type { Question } from './facts';
import { IMPORT_FIELDS, IMPORT_KINDS, type ImportField, type ImportKind } from './fields';
import {
  DATE_ORDERS,
  DECIMAL_MARKS,
  EMPTY_MAPPING,
  type Mapping,
  MappingSchema,
  NEW_REP,
} from './mapping';
import { PRESET_IDS, presetById } from './presets';
import { STAGE_OUTCOMES, type StageOutcome } from './stages';

/** Written for a field whose column the export does not have, so it is not looked for again. */
export const NO_COLUMN = 'none';

type Row = [string, string, string];

/** The question as a row to answer: its key, a blank value, and the question in the note. */
export function questionRow(q: Question): Row {
  switch (q.kind) {
    case 'stage':
      return [
        `stage:${q.stage}`,
        '',
        `ANSWER: is "${q.stage}" (${q.rows} ${q.rows === 1 ? 'row' : 'rows'}) won, lost, open or ignore?`,
      ];
    case 'date-order':
      return [
        'date_order',
        '',
        `ANSWER: is ${q.example} day-first or month-first? Every date in the file is ${q.example}-like (no day above 12).`,
      ];
    case 'decimal-mark':
      return [
        'decimal_mark',
        '',
        `ANSWER: is the decimal mark in ${q.example} a comma or a point?`,
      ];
    case 'kind':
      return [
        'kind',
        '',
        `ANSWER: is one row a deal (deals) or an activity (activities)? The columns: ${q.headers.join(', ')}.`,
      ];
    case 'column':
      return [
        `column:${q.field}`,
        '',
        `ANSWER: which column holds ${q.field}? The export's columns: ${q.headers.join(', ')}.`,
      ];
    case 'owner':
      return [
        `owner:${q.owner}`,
        '',
        `ANSWER: is "${q.owner}" (${q.rows} ${q.rows === 1 ? 'row' : 'rows'}) the rep ${q.repName}? Type ${q.repId} if so, or ${NEW_REP} to add a new rep.`,
      ];
  }
}

/** One mapping's rows (its `kind` row first), then its open questions as rows with a blank value. */
function sectionRows(m: Mapping, questions: readonly Question[]): Row[] {
  const rows: Row[] = [];
  const preset = m.preset === null ? null : presetById(m.preset);
  // The kind row starts a section (the reader splits on it), so its question comes first.
  const kindQuestion = questions.find((q) => q.kind === 'kind');
  rows.push(
    kindQuestion
      ? questionRow(kindQuestion)
      : [
          'kind',
          m.kind ?? '',
          'deals or activities: what one row of the export is (starts a mapping).',
        ],
  );
  rows.push([
    'preset',
    m.preset ?? '',
    preset
      ? `Column names and stages of: ${preset.name}.`
      : `One of ${PRESET_IDS.join(', ')}, or blank.`,
  ]);
  for (const c of m.columns)
    rows.push([
      `column:${c.field}`,
      c.header === '' ? NO_COLUMN : c.header,
      `The export's column read as ${c.field} (${NO_COLUMN} = no such column).`,
    ]);
  const asked = new Set(questions.map((q) => questionRow(q)[0]));
  if (!asked.has('date_order'))
    rows.push([
      'date_order',
      m.dateOrder ?? '',
      'day-first (26.11.2026) or month-first (11/26/2026); ISO and serial dates need none.',
    ]);
  if (!asked.has('decimal_mark'))
    rows.push(['decimal_mark', m.decimalMark ?? '', 'comma (3.500,00) or point (3,500.00).']);
  rows.push([
    'time_zone',
    m.timeZone ?? '',
    'The zone the export writes times in (times with an offset need none).',
  ]);
  rows.push([
    'currency',
    m.currency ?? '',
    'The currency counted; deals in another one are left out and reported.',
  ]);
  for (const s of m.stages)
    rows.push([`stage:${s.stage}`, s.outcome, 'won, lost, open or ignore.']);
  for (const o of m.owners)
    rows.push([`owner:${o.owner}`, o.rep, `A rep_id of Reps, or ${NEW_REP}.`]);
  for (const q of questions) if (q !== kindQuestion) rows.push(questionRow(q));
  return rows;
}

/** A mapping and the questions still open about it. */
export interface MappingSection {
  readonly mapping: Mapping;
  readonly questions?: readonly Question[];
}

/** The tab's rows, header first: one section per mapping (deals, activities), each starting with its kind. */
export function mappingGrid(sections: readonly MappingSection[]): string[][] {
  return [
    [...IMPORT_MAPPING_HEADER],
    ...sections.flatMap((s) => sectionRows(s.mapping, s.questions ?? [])),
  ];
}

/** The sections with `mapping` in place of the one of its kind (added when there is none). */
export function withMapping(mappings: readonly Mapping[], mapping: Mapping): Mapping[] {
  const i = mappings.findIndex((m) => m.kind === mapping.kind || m.kind === null);
  if (i < 0) return [...mappings, mapping];
  return mappings.map((m, j) => (j === i ? mapping : m));
}

/** The saved mapping for an export of `kind` (null = not known yet): its section, or the only one there is. */
export function mappingFor(mappings: readonly Mapping[], kind: ImportKind | null): Mapping {
  const same = mappings.find((m) => kind !== null && m.kind === kind);
  if (same) return same;
  const open = mappings.filter((m) => m.kind === null);
  if (open.length === 1) return open[0]!;
  return mappings.length === 1 && kind === null ? mappings[0]! : EMPTY_MAPPING;
}

export interface MappingRead {
  /** One mapping per section of the tab (a `kind` row starts a section). */
  readonly mappings: Mapping[];
  readonly issues: DataIssue[];
}

/** Reads the tab; a bad row is reported (warning) and left out, so its question is asked again. */
export function readMappingGrid(grid: Grid | undefined, tab = IMPORT_MAPPING_TAB): MappingRead {
  const issues: DataIssue[] = [];
  if (grid === undefined || grid.length === 0) return { mappings: [], issues };
  const head = (grid[0] ?? []).map((c) => headerKey(cellText(c) ?? ''));
  const k = head.indexOf('key');
  const val = head.indexOf('value');
  if (k < 0 || val < 0) {
    issues.push({
      tab,
      row: 1,
      column: null,
      value: null,
      problem: 'The tab has no key and value columns; it is not read.',
      fix: 'Make row 1 read key, value, note.',
      severity: 'error',
    });
    return { mappings: [], issues };
  }
  type Draft = { -readonly [K in keyof Mapping]: Mapping[K] };
  const drafts: Draft[] = [];
  const fresh = (): Draft => ({ ...EMPTY_MAPPING, columns: [], stages: [], owners: [] });
  let m = fresh();
  let started = false;
  for (let i = 1; i < grid.length; i++) {
    const key = (cellText(grid[i]![k]) ?? '').trim();
    const value = (cellText(grid[i]![val]) ?? '').trim();
    // A kind row starts the next mapping, answered or not (the tab holds one per kind of export).
    if (key === 'kind' && started) {
      drafts.push(m);
      m = fresh();
    }
    if (key !== '') started = true;
    if (key === '' || value === '') continue;
    const bad = (fix: string) =>
      issues.push({
        tab,
        row: i + 1,
        column: 'value',
        value,
        problem: `is not a value ${key} takes; it is not used.`,
        fix,
        severity: 'warning',
      });
    const colon = key.indexOf(':');
    const prefix = colon < 0 ? key : key.slice(0, colon);
    const rest = colon < 0 ? '' : key.slice(colon + 1).trim();
    if (prefix === 'column' && (IMPORT_FIELDS as readonly string[]).includes(rest))
      m.columns.push({
        field: rest as ImportField,
        header: value.toLowerCase() === NO_COLUMN ? '' : value,
      });
    else if (prefix === 'stage' && rest !== '') {
      const o = value.toLowerCase();
      if ((STAGE_OUTCOMES as readonly string[]).includes(o))
        m.stages.push({ stage: rest, outcome: o as StageOutcome });
      else bad('Type won, lost, open or ignore.');
    } else if (prefix === 'owner' && rest !== '') m.owners.push({ owner: rest, rep: value });
    else if (key === 'kind') {
      if ((IMPORT_KINDS as readonly string[]).includes(value)) m.kind = value as Mapping['kind'];
      else bad('Type deals or activities.');
    } else if (key === 'preset') {
      if (PRESET_IDS.includes(value)) m.preset = value;
      else bad(`Type one of ${PRESET_IDS.join(', ')}, or leave it blank.`);
    } else if (key === 'date_order') {
      if ((DATE_ORDERS as readonly string[]).includes(value))
        m.dateOrder = value as Mapping['dateOrder'];
      else bad('Type day-first or month-first.');
    } else if (key === 'decimal_mark') {
      if ((DECIMAL_MARKS as readonly string[]).includes(value))
        m.decimalMark = value as Mapping['decimalMark'];
      else bad('Type comma or point.');
    } else if (key === 'time_zone') m.timeZone = value;
    else if (key === 'currency') m.currency = value.toUpperCase();
    else
      issues.push({
        tab,
        row: i + 1,
        column: 'key',
        value: key,
        problem: 'is not a key the import reads; the row is not used.',
        fix: 'Use kind, preset, column:<field>, date_order, decimal_mark, time_zone, currency, stage:<stage> or owner:<owner>.',
        severity: 'warning',
      });
  }
  if (started) drafts.push(m);
  // Checked once here, at the edge, against the schema the rest of the import relies on.
  return { mappings: drafts.map((d) => v.parse(MappingSchema, d)), issues };
}
