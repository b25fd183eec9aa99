// The dialog's words for an import's facts: the proposed mapping, the questions with their choices, and what confirming does.
import { formatNumber } from '../../../shared/format';
import {
  failureText,
  type ImportOutcome,
  type Mapping,
  NEW_REP,
  presetById,
  type Question,
  questionRow,
  type RowPlan,
  STAGE_OUTCOMES,
} from '../../../shared/import';
import type { DataIssue } from '../../../shared/issues';
import { cellText } from '../../../shared/workbook';
import type { ExportGrid } from './read-export';
import { type ImportPreview, type ImportQuestion, PREVIEW_ROWS } from './types';

const plural = (n: number, one: string, many = `${one}s`) =>
  `${formatNumber(n)} ${n === 1 ? one : many}`;

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

export function dialogQuestion(q: Question): ImportQuestion {
  const key = questionRow(q)[0];
  switch (q.kind) {
    case 'stage':
      return {
        key,
        text: `What does the stage "${q.stage}" (${plural(q.rows, 'row')}) mean? "ignore" leaves those rows out.`,
        choices: options(STAGE_OUTCOMES),
      };
    case 'date-order':
      return {
        key,
        text: `Every date reads both ways (such as ${q.example}): is the day or the month first?`,
        choices: options(['day-first', 'month-first']),
      };
    case 'decimal-mark':
      return {
        key,
        text: `Every amount reads both ways (such as ${q.example}): is the decimal mark a comma or a point?`,
        choices: options(['comma', 'point']),
      };
    case 'kind':
      return {
        key,
        text: 'Is one row of this export a deal or an activity (a call, a meeting)?',
        choices: options(['deals', 'activities']),
      };
    case 'column':
      return {
        key,
        text: `Which column holds ${q.field.replace(/_/g, ' ')}? No column has a name Bellringer knows for it.`,
        choices: options(q.headers),
      };
    case 'owner':
      return {
        key,
        text: `Is the owner "${q.owner}" (${plural(q.rows, 'row')}) your rep ${q.repName}?`,
        choices: [
          { value: q.repId, label: `Yes: ${q.repName} (${q.repId})` },
          { value: NEW_REP, label: 'No: add a new rep (private)' },
        ],
      };
  }
}

/** Lines shown at most per list (owners, stages): the rest is summed up in one line. */
const MAX_LINES = 25;

function capped(lines: string[], what: string): string[] {
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES), `… and ${plural(lines.length - MAX_LINES, what)} more.`];
}

/** How the export's stages and owners read, once every question is answered. */
export function readAsLines(outcome: Extract<ImportOutcome, { kind: 'mapped' }>): string[] {
  const fresh = new Set(outcome.newReps.map((r) => r.repId));
  return [
    ...capped(
      outcome.stages.map((s) => `Stage "${s.stage}" (${plural(s.rows, 'row')}) → ${s.outcome}.`),
      'stage',
    ),
    ...capped(
      outcome.owners.map(
        (o) =>
          `Owner "${o.owner}" → ${o.repId}${fresh.has(o.repId) ? ' (a new rep, private)' : ''}.`,
      ),
      'owner',
    ),
  ];
}

/** The mapping as proposed, one line per choice the manager may want to check. */
export function proposalLines(m: Mapping): string[] {
  const preset = m.preset === null ? null : presetById(m.preset);
  const lines = [
    preset
      ? `Looks like: ${preset.name}.`
      : 'No known CRM layout: columns are found by their usual names.',
  ];
  for (const c of m.columns)
    if (c.header !== '') lines.push(`${c.field.replace(/_/g, ' ')} ← "${c.header}"`);
  if (m.dateOrder) lines.push(`Dates: ${m.dateOrder}.`);
  if (m.decimalMark) lines.push(`Decimal mark: ${m.decimalMark}.`);
  if (m.currency)
    lines.push(`Counted currency: ${m.currency} (other currencies are left out and reported).`);
  if (m.timeZone) lines.push(`Times without a zone are read in ${m.timeZone}.`);
  for (const s of m.stages) lines.push(`Stage "${s.stage}" → ${s.outcome}.`);
  return lines;
}

/** An issue as one line: where (tab, row, column), what, and what to do. */
export function issueLine(i: DataIssue): string {
  const where = [i.tab, i.row === null ? null : `row ${i.row}`, i.column]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${i.value === null ? '' : `"${i.value}" `}${i.problem} ${i.fix}`.trim();
}

/** What confirming does, from the plans for append and replace. */
export function planLines(
  outcome: Extract<ImportOutcome, { kind: 'mapped' }>,
  append: RowPlan,
  replace: RowPlan,
): string[] {
  const c = outcome.counts;
  const lines = [
    `${plural(c.used, outcome.importKind === 'deals' ? 'deal' : 'activity', outcome.importKind === 'deals' ? 'deals' : 'activities')} read from ${plural(c.rows, 'row')}: ${formatNumber(append.appends.length)} new, ${formatNumber(append.updates.length)} already imported (updated in place, never counted twice).`,
  ];
  if (append.removes.length > 0)
    lines.push(
      `${plural(append.removes.length, 'row')} an earlier import wrote are removed: deleted or ignored in the CRM.`,
    );
  if (append.notInExport > 0)
    lines.push(
      `${plural(append.notInExport, 'row')} an earlier import wrote ${append.notInExport === 1 ? 'is' : 'are'} not in this export: Append keeps ${append.notInExport === 1 ? 'it' : 'them'}, Replace removes ${append.notInExport === 1 ? 'it' : 'them'} (${formatNumber(replace.removes.length)} in all).`,
    );
  if (append.handRows.length > 0)
    lines.push(
      `${plural(append.handRows.length, 'row')} of ${append.tab} typed by hand ${append.handRows.length === 1 ? 'has' : 'have'} an id of this export: kept as typed, and the export's row is not added (it would count twice).`,
    );
  lines.push(...countLines(outcome));
  return lines;
}

/** What the counts say beyond the rows written: left out, ignored, not done, other currencies. */
export function countLines(outcome: Extract<ImportOutcome, { kind: 'mapped' }>): string[] {
  const c = outcome.counts;
  const lines: string[] = [];
  if (c.leftOut > 0) lines.push(`${plural(c.leftOut, 'row')} left out (see the notes below).`);
  if (c.ignored > 0)
    lines.push(
      `${plural(c.ignored, 'row')} ignored (deleted in the CRM, or a stage answered ignore).`,
    );
  if (c.notDone > 0)
    lines.push(`${plural(c.notDone, 'activity', 'activities')} not done yet are not counted.`);
  for (const o of c.otherCurrencies)
    lines.push(
      `${plural(o.rows, 'deal')} in ${o.currency} left out (the workbook counts ${outcome.mapping.currency}).`,
    );
  return lines;
}

export function previewOf(
  exported: ExportGrid,
  outcome: ImportOutcome,
  notes: readonly string[],
  tab: { readonly name: 'Deals' | 'Activities' | null; readonly rows: number },
  plans: { readonly append: RowPlan; readonly replace: RowPlan } | null,
): ImportPreview {
  const text = (row: readonly unknown[] | undefined) =>
    (row ?? []).map((c) => cellText(c as never) ?? '');
  const mapped = outcome.kind === 'mapped' ? outcome : null;
  return {
    source: exported.source,
    header: text(exported.rows[0]),
    firstRows: exported.rows.slice(1, 1 + PREVIEW_ROWS).map((r) => text(r)),
    rows: Math.max(0, exported.rows.length - 1),
    notes: [...exported.notes, ...notes, ...outcome.issues.slice(0, 20).map(issueLine)],
    failure: outcome.kind === 'failed' ? failureText(outcome.failure, exported.source) : null,
    kind: outcome.mapping.kind,
    preset:
      outcome.mapping.preset === null ? null : (presetById(outcome.mapping.preset)?.name ?? null),
    proposal: mapped
      ? [...proposalLines({ ...outcome.mapping, stages: [] }), ...readAsLines(mapped)]
      : proposalLines(outcome.mapping),
    questions: outcome.kind === 'questions' ? outcome.questions.map(dialogQuestion) : [],
    tab: tab.name,
    tabRows: tab.rows,
    summary: mapped && plans ? planLines(mapped, plans.append, plans.replace) : [],
    newReps: mapped ? mapped.newReps.map((r) => `${r.name} (${r.repId})`) : [],
  };
}
