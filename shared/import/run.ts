// importExport: one CRM export (a grid) + the saved mapping + Reps → mapped deals or activities, questions, or why not.
import { isValidTimeZone } from '../time';
import { cellText, type Grid, headerKey } from '../workbook';
import { mapActivityRows } from './activity-rows';
import { decideDecimalMark } from './amounts';
import { rowReader } from './cells';
import { chooseKind, choosePreset, resolveColumns } from './columns';
import { decideDateOrder } from './dates';
import { mapDealRows, statusWord } from './deal-rows';
import type { ImportCounts, ImportOutcome, NewRep, Question } from './facts';
import { DATE_FIELDS, type ImportField, REQUIRED_FIELDS } from './fields';
import type { DateOrder, DecimalMark, Mapping } from './mapping';
import { type KnownRep, isEmail, newRepId, ownerMatcher } from './owners';
import { defaultOutcome, type StageOutcome, stageLookup } from './stages';

export interface ImportInput {
  /** The export as read: header row first. */
  readonly rows: Grid;
  /** The export's name (file or tab), for issues. */
  readonly source: string;
  /** The saved mapping (EMPTY_MAPPING the first time). */
  readonly mapping: Mapping;
  /** Reps already in the workbook. */
  readonly reps: readonly KnownRep[];
  readonly workbookTimeZone: string;
  readonly workbookCurrency: string;
}

export function importExport(input: ImportInput): ImportOutcome {
  const { rows, mapping } = input;
  const fail = (failure: Extract<ImportOutcome, { kind: 'failed' }>['failure']): ImportOutcome => ({
    kind: 'failed',
    failure,
    mapping,
    issues: [],
  });
  const header = (rows[0] ?? []).map((c) => (cellText(c) ?? '').trim());
  if (rows.length < 2 || header.every((h) => h === '')) return fail({ kind: 'empty' });
  const preset = choosePreset(header, mapping);
  const kind = chooseKind(header, mapping, preset);
  if (kind === null) {
    const headers = header.filter((h) => h !== '');
    return { kind: 'questions', questions: [{ kind: 'kind', headers }], mapping, issues: [] };
  }
  const resolved = resolveColumns(header, kind, mapping, preset);
  if (resolved.kind === 'absent')
    return fail({ kind: 'mapped-column-absent', field: resolved.field, header: resolved.header });
  const index = resolved.index;
  const missing: ImportField[] = REQUIRED_FIELDS[kind].filter((f) => !index.has(f));
  if (
    kind === 'deals' &&
    !['stage', 'status', 'won_flag', 'closed_flag'].some((f) => index.has(f as ImportField))
  )
    missing.push('stage');
  if (kind === 'activities' && !index.has('type') && !preset?.activityType) missing.push('type');
  if (missing.length > 0) {
    // Nothing can be read without these columns: they are asked first (never a silent zero).
    const headers = header.filter((h) => h !== '');
    return {
      kind: 'questions',
      questions: missing.map((field) => ({ kind: 'column' as const, field, headers })),
      mapping: { ...mapping, kind, preset: preset?.id ?? null },
      issues: [],
    };
  }
  const exportZone = mapping.timeZone ?? input.workbookTimeZone;
  if (!isValidTimeZone(exportZone)) return fail({ kind: 'bad-time-zone', zone: exportZone });

  const read = rowReader(header, index);
  const data = rows.slice(1);
  const questions: Question[] = [];
  const textsOf = (fields: readonly ImportField[]) => {
    const out: string[] = [];
    for (const row of data)
      for (const f of fields) {
        const c = read.raw(row, f);
        if (typeof c === 'string') out.push(c);
      }
    return out;
  };

  let order: DateOrder = mapping.dateOrder ?? 'day-first';
  if (mapping.dateOrder === null) {
    const d = decideDateOrder(textsOf([...DATE_FIELDS].filter((f) => index.has(f))));
    if (d.kind === 'ambiguous') questions.push({ kind: 'date-order', example: d.example });
    else if (d.kind !== 'none') order = d.order;
  }
  let mark: DecimalMark = mapping.decimalMark ?? 'point';
  if (kind === 'deals' && mapping.decimalMark === null) {
    const d = decideDecimalMark(textsOf(['amount', 'estimated_amount']));
    if (d.kind === 'ambiguous') questions.push({ kind: 'decimal-mark', example: d.example });
    else mark = d.mark;
  }

  // Stages: the manager's answers, then the preset's, then the common words; anything else is asked.
  const answers = stageLookup(mapping.stages);
  const presetStages = stageLookup(preset?.stages ?? []);
  // Once per distinct word: an export repeats a handful of stages over every row.
  const outcomes = new Map<string, StageOutcome | null>();
  const outcomeOf = (word: string): StageOutcome | null => {
    let o = outcomes.get(word);
    if (o === undefined) {
      const key = headerKey(word.trim());
      o = answers.get(key) ?? presetStages.get(key) ?? defaultOutcome(word);
      outcomes.set(word, o);
    }
    return o;
  };
  const stageRows = new Map<string, number>();
  if (kind === 'deals') {
    const unknown = new Map<string, number>();
    for (const row of data) {
      const w = statusWord(row, read);
      if (w !== null) stageRows.set(w, (stageRows.get(w) ?? 0) + 1);
      if (w !== null && outcomeOf(w) === null) unknown.set(w, (unknown.get(w) ?? 0) + 1);
    }
    for (const [stage, n] of [...unknown].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
      questions.push({ kind: 'stage', stage, rows: n });
  }

  // Owners, once each: known reps, close names (asked), and new reps (proposed, private).
  const ownerAnswers = new Map(mapping.owners.map((o) => [o.owner, o.rep]));
  const match = ownerMatcher(input.reps, ownerAnswers);
  const repByOwner = new Map<string, string>();
  const newReps: NewRep[] = [];
  const taken = new Set(input.reps.map((r) => r.repId));
  const ownerRows = new Map<string, { email: string | null; rows: number }>();
  for (const row of data) {
    const owner = read.text(row, 'owner');
    if (owner === null) continue;
    const seen = ownerRows.get(owner);
    if (seen) seen.rows++;
    else ownerRows.set(owner, { email: read.text(row, 'owner_email'), rows: 1 });
  }
  for (const [owner, { email, rows: n }] of ownerRows) {
    const m = match(owner, email);
    if (m.kind === 'rep') repByOwner.set(owner, m.repId);
    else if (m.kind === 'close')
      questions.push({ kind: 'owner', owner, repId: m.repId, repName: m.name, rows: n });
    else {
      // A past import's id for this owner is kept, so a re-import names the new rep the same.
      const earlier = ownerAnswers.get(owner);
      const repId =
        earlier && earlier !== 'new' && !taken.has(earlier) ? earlier : newRepId(owner, taken);
      taken.add(repId);
      repByOwner.set(owner, repId);
      const mail = email ?? (isEmail(owner) ? owner.trim() : null);
      newReps.push({ repId, name: isEmail(owner) ? repId : owner, email: mail, owner });
    }
  }

  const detected: Mapping = {
    ...mapping,
    kind,
    preset: preset?.id ?? null,
    columns: [...index].map(([field, i]) => ({ field, header: header[i]! })),
    dateOrder: mapping.dateOrder ?? (questions.some((q) => q.kind === 'date-order') ? null : order),
    decimalMark:
      kind === 'deals'
        ? (mapping.decimalMark ?? (questions.some((q) => q.kind === 'decimal-mark') ? null : mark))
        : mapping.decimalMark,
    timeZone: exportZone,
    currency: mapping.currency ?? input.workbookCurrency,
  };
  if (questions.length > 0) return { kind: 'questions', questions, mapping: detected, issues: [] };

  const dates = { order, exportZone, workbookZone: input.workbookTimeZone };
  const repOf = (owner: string) => repByOwner.get(owner) ?? null;
  const owners = [
    ...mapping.owners.filter((o) => !newReps.some((n) => n.owner === o.owner)),
    ...newReps.map((n) => ({ owner: n.owner, rep: n.repId })),
  ];
  const final: Mapping = { ...detected, owners };
  const base = { rows: data.length, otherCurrencies: [] as ImportCounts['otherCurrencies'] };
  const readAs = {
    owners: [...repByOwner].map(([owner, repId]) => ({ owner, repId })),
    stages: [...stageRows]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([stage, rows]) => ({ stage, outcome: outcomeOf(stage)!, rows })),
  };
  if (kind === 'deals') {
    const d = mapDealRows(rows, {
      source: input.source,
      read,
      outcomeOf,
      repOf,
      mark,
      dates,
      currency: final.currency!,
    });
    const counts: ImportCounts = {
      ...base,
      used: d.deals.length,
      leftOut: d.leftOut,
      ignored: d.ignored,
      notDone: 0,
      otherCurrencies: [...d.otherCurrencies]
        .sort()
        .map(([currency, n]) => ({ currency, rows: n })),
    };
    if (d.deals.length === 0)
      return {
        kind: 'failed',
        failure: {
          kind: 'nothing-usable',
          rows: data.length,
          otherCurrencies: counts.otherCurrencies,
        },
        mapping: final,
        issues: d.issues,
      };
    const used = new Set(d.deals.map((x) => x.repId));
    return {
      kind: 'mapped',
      importKind: kind,
      deals: d.deals,
      activities: [],
      ignoredIds: d.ignoredIds,
      newReps: newReps.filter((n) => used.has(n.repId)),
      counts,
      ...readAs,
      mapping: final,
      issues: d.issues,
    };
  }
  const a = mapActivityRows(rows, {
    source: input.source,
    read,
    repOf,
    dates,
    defaultType: preset?.activityType ?? null,
  });
  const counts: ImportCounts = {
    ...base,
    used: a.activities.length,
    leftOut: a.leftOut,
    ignored: 0,
    notDone: a.notDone,
  };
  if (a.activities.length === 0)
    return {
      kind: 'failed',
      failure: { kind: 'nothing-usable', rows: data.length },
      mapping: final,
      issues: a.issues,
    };
  const used = new Set(a.activities.map((x) => x.repId));
  return {
    kind: 'mapped',
    importKind: kind,
    deals: [],
    activities: a.activities,
    ignoredIds: [],
    newReps: newReps.filter((n) => used.has(n.repId)),
    counts,
    ...readAs,
    mapping: final,
    issues: a.issues,
  };
}
