// Export rows → activities: done ones only, with owner, date, type and count; the export's id kept for re-imports.
import type { DataIssue } from '../issues';
import type { Cell } from '../workbook';
import { exportIssue, type RowReader } from './cells';
import { type DateContext, readDate } from './dates';
import type { MappedActivity } from './facts';
import type { ImportField } from './fields';

const DONE = new Set([
  'done',
  'completed',
  'complete',
  'yes',
  'y',
  'true',
  '1',
  'x',
  'held',
  'closed',
]);
const NOT_DONE = new Set([
  'to do',
  'todo',
  'not started',
  'in progress',
  'open',
  'planned',
  'scheduled',
  'no',
  'n',
  'false',
  '0',
  'canceled',
  'cancelled',
  'deferred',
  'waiting on someone else',
]);

/** CRM activity words → Bellringer's types (any other word is kept: the Activities tab takes any). */
const TYPE_WORDS: ReadonlyMap<string, string> = new Map([
  ['phone call', 'call'],
  ['phonecall', 'call'],
  ['outbound', 'call'],
  ['inbound', 'call'],
  ['e-mail', 'email'],
  ['appointment', 'meeting'],
  ['event', 'meeting'],
]);

export function activityType(word: string): string {
  const w = word.trim().toLowerCase();
  return TYPE_WORDS.get(w) ?? w;
}

/** The ` (#id)` suffix that names an imported activity in its note. */
export function idSuffix(id: string): string {
  return ` (#${id})`;
}

export interface ActivityRowsContext {
  readonly source: string;
  readonly read: RowReader;
  readonly repOf: (owner: string, email: string | null) => string | null;
  readonly dates: DateContext;
  /** The type when the export has no type column (a call log). */
  readonly defaultType: string | null;
}

export interface ActivityRows {
  activities: MappedActivity[];
  issues: DataIssue[];
  leftOut: number;
  notDone: number;
}

export function mapActivityRows(
  rows: readonly (readonly Cell[])[],
  ctx: ActivityRowsContext,
): ActivityRows {
  const { read, source } = ctx;
  const out: ActivityRows = { activities: [], issues: [], leftOut: 0, notDone: 0 };
  const leave = (
    r: number,
    field: ImportField,
    value: string | null,
    problem: string,
    fix: string,
  ) => {
    out.issues.push(exportIssue(source, r, read.header(field), value, problem, fix));
    out.leftOut++;
  };
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    const r = i + 1;
    if (
      row.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''))
    )
      continue;
    const done = read.text(row, 'done')?.toLowerCase();
    if (done !== undefined && !DONE.has(done)) {
      if (NOT_DONE.has(done)) out.notDone++;
      else
        leave(
          r,
          'done',
          done,
          'is neither done nor to do; the activity is left out.',
          'Export done activities with a status such as Done or Completed.',
        );
      continue;
    }
    const owner = read.text(row, 'owner');
    const repId = owner === null ? null : ctx.repOf(owner, read.text(row, 'owner_email'));
    if (repId === null) {
      leave(
        r,
        'owner',
        owner,
        'The activity has no owner; it is left out.',
        'Fill in who did it in the CRM.',
      );
      continue;
    }
    const cell = read.raw(row, 'date');
    const at = cell === null ? null : readDate(cell as string | number | Date, ctx.dates);
    if (at === null) {
      leave(
        r,
        'date',
        read.text(row, 'date'),
        'The activity has no date Bellringer can read; it is left out.',
        'Write dates like 2026-11-26 14:30 or 26.11.2026 (the order the rest of the file uses).',
      );
      continue;
    }
    const typeText = read.text(row, 'type');
    const type = typeText === null ? ctx.defaultType : activityType(typeText);
    if (type === null) {
      leave(
        r,
        'type',
        null,
        'The activity has no type; it is left out.',
        'Fill in the type (call, email, meeting...).',
      );
      continue;
    }
    const countText = read.text(row, 'count');
    const count = countText === null ? 1 : Number(countText);
    if (!Number.isInteger(count) || count < 0) {
      leave(
        r,
        'count',
        countText,
        'is not a whole number; the activity is left out.',
        'Use a whole number such as 3.',
      );
      continue;
    }
    const id = read.text(row, 'activity_id');
    const subject = read.text(row, 'subject');
    const note = id === null ? subject : `${subject ?? ''}${idSuffix(id)}`.trim();
    out.activities.push({
      sourceRow: r,
      at,
      repId,
      type,
      count,
      dealId: read.text(row, 'deal_id'),
      note,
    });
  }
  return out;
}
