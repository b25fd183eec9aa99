// Import CRM export… through the built bundle: questions only the data cannot answer, rows written in place, re-imports that never double count.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../cli/io/decode';
import { MAX_UPLOAD_CHARS } from '../../appsscript/src/import/types';
import type { ImportPreview } from '../../appsscript/src/import/types';
import { addon, isDate } from './helpers';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');

type Addon = ReturnType<typeof addon>;

/** A workbook after Set up (no demo), in Berlin and euros, with one rep: the ERP fixture's Ana. */
function workbook(): Addon {
  const a = addon();
  a.google.ui.answers.push('NO');
  a.call('setupWorkbook');
  const settings = a.google.spreadsheet.sheet('Settings')!;
  settings.grid().forEach((row, i) => {
    if (row[0] === 'time_zone') settings.getRange(i + 1, 2).setValue('Europe/Berlin');
    if (row[0] === 'currency') settings.getRange(i + 1, 2).setValue('EUR');
  });
  const reps = a.google.spreadsheet.sheet('Reps')!;
  const head = reps.grid()[0]!.map(String);
  const ana: Record<string, string> = {
    rep_id: 'ana',
    name: 'Ana Pérez',
    email: 'ana.perez@example.com',
    active: 'yes',
    public: 'yes',
  };
  reps.getRange(2, 1, 1, head.length).setValues([head.map((h) => ana[h] ?? '')]);
  a.google.recorder.clear();
  return a;
}

/** The ERP export as the dialog sends it: the file's Windows-1252 bytes decoded in the browser. */
function erp(version: 1 | 2) {
  const name = `orders-v${version}.csv`;
  const { text, encoding } = decodeText(readFileSync(join(FIXTURES, 'erp', name)));
  return { kind: 'text' as const, name, text, encoding };
}

/** The fixture's rows split by hand (no Bellringer code): order number → cells by header. */
function erpRows(version: 1 | 2): Map<string, Record<string, string>> {
  const [head, ...rows] = erp(version)
    .text.split(/\r?\n/)
    .filter((l) => l !== '')
    .map((l) => l.split(';'));
  return new Map(rows.map((r) => [r[0]!, Object.fromEntries(head!.map((h, i) => [h, r[i]!]))]));
}

/** `€ 3.500,00` → 3500, read by hand: dots group thousands, the comma is the decimal mark. */
const euros = (s: string) => Number(s.replace(/[^\d,]/g, '').replace(',', '.'));

const ANSWERS = [
  { key: 'stage:Payment Done', value: 'won' },
  { key: 'stage:C', value: 'won' },
  { key: 'stage:X', value: 'lost' },
];

function deals(a: Addon): Record<string, unknown>[] {
  const [head, ...rows] = a.google.spreadsheet.sheet('Deals')!.grid();
  return rows
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => Object.fromEntries(head!.map((h, i) => [String(h), r[i]])));
}

function importErp(a: Addon, version: 1 | 2, mode: string | null, answers = ANSWERS): string[] {
  return a.call('confirmImport', { source: erp(version), answers }, mode) as string[];
}

describe('Import CRM export: the first import', () => {
  it('opens the Import dialog from the menu', () => {
    const a = workbook();
    a.call('showImportDialog');
    expect(a.google.ui.dialogs[0]!.output.getContent()).toContain('<br-import-dialog>');
  });

  it('reads a Windows-1252, ;-separated export and asks only the three custom stages, writing nothing', () => {
    const a = workbook();
    const p = a.call('previewImport', { source: erp(1) }) as ImportPreview;
    expect(p.questions.map((q) => q.key).sort()).toEqual(ANSWERS.map((x) => x.key).sort());
    expect(p.questions[0]!.choices.map((c) => c.value)).toEqual(['won', 'lost', 'open', 'ignore']);
    expect(p.firstRows[0]![2]).toBe('Jürgen Müller');
    expect(p.notes.join(' ')).toMatch(/Windows-1252/);
    expect(p.notes.join(' ')).toMatch(/semicolons/);
    expect(p.proposal).toContain('Dates: day-first.');
    expect(p.proposal).toContain('Decimal mark: comma.');
    expect(a.google.recorder.writes()).toEqual([]);
  });

  it('with the answers, proposes what confirming does and still writes nothing', () => {
    const a = workbook();
    const p = a.call('previewImport', { source: erp(1), answers: ANSWERS }) as ImportPreview;
    expect(p.questions).toEqual([]);
    expect(p.tab).toBe('Deals');
    expect(p.tabRows).toBe(0);
    expect(p.summary[0]).toMatch(new RegExp(`^${erpRows(1).size} deals read`));
    expect(p.proposal).toContain('Stage "Payment Done" (1 row) → won.');
    expect(p.proposal).toContain('Owner "Ana Pérez" → ana.');
    expect(p.proposal).toContain('Owner "Zoë Dubois" → zoe-dubois (a new rep, private).');
    expect([...p.newReps].sort()).toEqual(
      ['Jürgen Müller (jurgen-muller)', 'Zoë Dubois (zoe-dubois)'].sort(),
    );
    expect(a.google.recorder.writes()).toEqual([]);
  });

  it('on confirm writes every order once, with its amount and outcome, and adds the new owners as private reps', () => {
    const a = workbook();
    const done = importErp(a, 1, null);
    expect(done[0]).toBe(`Deals: ${erpRows(1).size} added, 0 updated.`);
    const rows = deals(a);
    const source = erpRows(1);
    expect(rows.map((d) => d.deal_id).sort()).toEqual([...source.keys()].sort());
    const won = new Set(['Payment Done', 'C', 'Closed Won', 'Won']);
    const lost = new Set(['X', 'Closed Lost']);
    for (const d of rows) {
      const s = source.get(String(d.deal_id))!;
      expect(d.amount, String(d.deal_id)).toBe(euros(s.Amount!));
      const expected = won.has(s.Status!) ? 'won' : lost.has(s.Status!) ? 'lost' : 'open';
      expect(d.status, String(d.deal_id)).toBe(expected);
    }
    const closed = rows.find((d) => d.deal_id === 'A-1001')!.close_date;
    expect(isDate(closed)).toBe(true);
    const reps = a.google.spreadsheet.sheet('Reps')!.grid();
    const head = reps[0]!.map(String);
    const added = reps.slice(2).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
    expect(added.map((r) => [r.name, r.public])).toEqual([
      ['Jürgen Müller', 'no'],
      ['Zoë Dubois', 'no'],
    ]);
    const mapping = a.google.spreadsheet.sheet('Import Mapping')!.grid();
    expect(mapping).toContainEqual(['stage:Payment Done', 'won', expect.any(String)]);
  });

  it('states on each row where it came from and what the import noticed (a won deal without a close date)', () => {
    const a = workbook();
    importErp(a, 1, null);
    const sheet = a.google.spreadsheet.sheet('Deals')!;
    const ids = sheet.grid().map((r) => r[0]);
    const noteOf = (id: string) => sheet.notes.get(`${ids.indexOf(id) + 1},1`) ?? '';
    // A-1004 is the export's row 5 (header = 1): won, no close date, last modified 28.06.2024.
    expect(noteOf('A-1004')).toMatch(
      /^Written by Bellringer’s import from orders-v1\.csv, row 5\./,
    );
    expect(noteOf('A-1004')).toMatch(/no close date; its last-modified date 2024-06-28 is used/);
    expect(noteOf('A-1001')).not.toMatch(/close date/);
  });

  it('writes nothing while another run holds the document lock, and says to try again', () => {
    const a = workbook();
    a.google.lock.document.heldElsewhere = true;
    expect(() => importErp(a, 1, null)).toThrow(
      /Another Bellringer run.*What to do: Wait a minute/s,
    );
    expect(a.google.recorder.writes()).toEqual([]);
  });

  it('refuses to write while questions are open', () => {
    const a = workbook();
    expect(() => importErp(a, 1, null, [])).toThrow(/3 questions are still open/);
    expect(a.google.spreadsheet.sheet('Deals')!.grid().length).toBeLessThanOrEqual(1);
  });
});

describe('Import CRM export: the next refresh', () => {
  it('re-imports an updated export with no questions and counts every order once', () => {
    const a = workbook();
    importErp(a, 1, null);
    const p = a.call('previewImport', { source: erp(2) }) as ImportPreview;
    expect(p.questions).toEqual([]);
    expect(p.tabRows).toBe(erpRows(1).size);
    importErp(a, 2, 'append', []);
    const rows = deals(a);
    const ids = rows.map((d) => String(d.deal_id));
    const union = new Set([...erpRows(1).keys(), ...erpRows(2).keys()]);
    expect(ids.sort()).toEqual([...union].sort());
    const a1002 = rows.find((d) => d.deal_id === 'A-1002')!;
    expect(a1002.amount).toBe(euros(erpRows(2).get('A-1002')!.Amount!));
  });

  it('asks append or replace once the tab has rows, and writes nothing until told', () => {
    const a = workbook();
    importErp(a, 1, null);
    const before = deals(a);
    expect(() => importErp(a, 2, null, [])).toThrow(/Choose Append/);
    expect(deals(a)).toEqual(before);
  });

  it('append keeps the orders the new export no longer lists; replace removes them, never a row typed by hand', () => {
    for (const mode of ['append', 'replace'] as const) {
      const a = workbook();
      importErp(a, 1, null);
      const sheet = a.google.spreadsheet.sheet('Deals')!;
      const head = sheet.grid()[0]!.map(String);
      const hand: Record<string, string | number> = {
        deal_id: 'HAND-1',
        rep_id: 'ana',
        amount: 99,
        status: 'open',
      };
      sheet
        .getRange(sheet.getLastRow() + 1, 1, 1, head.length)
        .setValues([head.map((h) => hand[h] ?? '')]);
      importErp(a, 2, mode, []);
      const ids = deals(a).map((d) => String(d.deal_id));
      const gone = [...erpRows(1).keys()].filter((id) => !erpRows(2).has(id));
      expect(gone.length).toBeGreaterThan(0);
      for (const id of gone) expect(ids.includes(id), `${mode} ${id}`).toBe(mode === 'append');
      expect(ids).toContain('HAND-1');
    }
  });

  it('never changes a manager formula beside the imported rows, nor a row typed by hand with an id of the export', () => {
    const a = workbook();
    importErp(a, 1, null);
    const sheet = a.google.spreadsheet.sheet('Deals')!;
    const width = sheet.grid()[0]!.length;
    const last = sheet.getLastRow();
    // The manager's own column: a formula on every imported row.
    sheet.insertColumnsAfter(width, 1);
    sheet.getRange(1, width + 1).setValue('bonus');
    for (let r = 2; r <= last; r++) sheet.getRange(r, width + 1).setValue(`=E${r}*0.1`);
    // A row typed by hand for an order the export also has (a new one, A-1008).
    const head = sheet.grid()[0]!.map(String);
    const hand: Record<string, string | number> = {
      deal_id: 'A-1008',
      rep_id: 'ana',
      amount: 1,
      status: 'open',
    };
    sheet.getRange(last + 1, 1, 1, head.length).setValues([head.map((h) => hand[h] ?? '')]);
    const formulas = [...sheet.formulas].sort();
    expect(formulas).toHaveLength(last - 1);
    a.google.recorder.clear();
    const done = importErp(a, 2, 'append', []);
    expect([...sheet.formulas].sort()).toEqual(formulas);
    for (let r = 2; r <= last; r++) expect(sheet.grid()[r - 1]![width]).toBe(`=E${r}*0.1`);
    const a1008 = deals(a).filter((d) => d.deal_id === 'A-1008');
    expect(a1008).toHaveLength(1);
    expect(a1008[0]!.amount).toBe(1);
    expect(done.join(' ')).toMatch(/"A-1008" was typed by hand/);
    // Every write to Deals stays left of the manager's column.
    const col = String.fromCharCode(64 + width + 1);
    for (const w of a.google.recorder.writes().filter((c) => c.sheet === 'Deals'))
      expect(w.range ?? '', w.method).not.toMatch(new RegExp(`(^|:)${col}\\d`));
  });
});

describe('Import CRM export: hostile and oversized input', () => {
  it('writes text that starts like a formula as text', () => {
    const a = workbook();
    const text = [
      'Deal ID,Owner,Amount,Stage,Close Date,Account,Product',
      'D-1,Ana Pérez,100,Closed Won,2024-06-03,"=HYPERLINK(""http://x"",""y"")",+SUM(1)',
      'D-2,@evil,200,Closed Won,2024-06-04,-cmd,Plain',
    ].join('\n');
    a.call('confirmImport', { source: { kind: 'text', name: 'x.csv', text } }, null);
    const sheet = a.google.spreadsheet.sheet('Deals')!;
    expect([...sheet.formulas]).toEqual([]);
    const rows = deals(a);
    expect(String(rows[0]!.account)).toMatch(/^'?=HYPERLINK\("http:\/\/x","y"\)$/);
    expect(String(rows[0]!.product)).toMatch(/^'?\+SUM\(1\)$/);
    expect(String(rows[1]!.account)).toMatch(/^'?-cmd$/);
  });

  it('saves a header that starts like a formula as text in the Import Mapping, and reads it back on the next import', () => {
    const a = workbook();
    const source = {
      kind: 'text' as const,
      name: 'erp.csv',
      text: '=Ref,Owner,Amount,Stage,Close Date\nR-1,Ana Pérez,100,Closed Won,2024-06-03\n',
    };
    const p = a.call('previewImport', { source }) as ImportPreview;
    expect(p.questions.map((q) => q.key)).toEqual(['column:deal_id']);
    a.call('confirmImport', { source, answers: [{ key: 'column:deal_id', value: '=Ref' }] }, null);
    expect([...a.google.spreadsheet.sheet('Import Mapping')!.formulas]).toEqual([]);
    const again = a.call('previewImport', { source }) as ImportPreview;
    expect(again.questions).toEqual([]);
    expect(again.failure).toBeNull();
  });

  it('refuses an upload too large for one call, saying where to put it instead', () => {
    const a = workbook();
    const text = `a,b\n${'x'.repeat(MAX_UPLOAD_CHARS)}`;
    expect(() =>
      a.call('previewImport', { source: { kind: 'text', name: 'big.csv', text } }),
    ).toThrow(/too large.*File › Import/s);
  });
});

describe('Import CRM export: from a tab', () => {
  it('imports HubSpot calls pasted into a tab as one call activity per row', () => {
    const a = workbook();
    const lines = readFileSync(join(FIXTURES, 'hubspot/calls.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter((l) => l !== '');
    const grid = lines.map((l) =>
      [...l.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
        .map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'))
        .slice(0, -1),
    );
    a.google.spreadsheet.addSheet('CRM paste', grid);
    expect((a.call('getImportSources') as { tabs: string[] }).tabs).toEqual(['CRM paste']);
    const p = a.call('previewImport', {
      source: { kind: 'tab', tab: 'CRM paste' },
    }) as ImportPreview;
    expect(p.preset).toMatch(/HubSpot/);
    a.call(
      'confirmImport',
      {
        source: { kind: 'tab', tab: 'CRM paste' },
        answers: p.questions.map((q) => ({ key: q.key, value: q.choices.at(-1)!.value })),
      },
      null,
    );
    const [head, ...rows] = a.google.spreadsheet.sheet('Activities')!.grid();
    const type = head!.map(String).indexOf('type');
    expect(rows.filter((r) => r.some((c) => c !== '')).map((r) => r[type])).toEqual(
      Array(lines.length - 1).fill('call'),
    );
  });
});

describe('Import CRM export: Sheets calls, whatever the size', () => {
  /** A UTF-8 export of `n` won deals for Ana, amounts shifted by `plus` (an updated export). */
  const big = (n: number, plus: number) => ({
    kind: 'text' as const,
    name: 'big.csv',
    text: [
      'Deal ID,Owner,Amount,Stage,Close Date',
      ...Array.from(
        { length: n },
        (_, i) =>
          `D-${i},Ana Pérez,${100 + i + plus},Closed Won,2024-06-${String((i % 28) + 1).padStart(2, '0')}`,
      ),
    ].join('\n'),
  });

  it('writes a 1,000-row export, and its re-import, in a few range writes each (no per-row calls)', () => {
    const a = workbook();
    a.call('confirmImport', { source: big(1000, 0) }, null);
    const first = a.google.recorder.writes().filter((c) => c.sheet === 'Deals');
    a.google.recorder.clear();
    a.call('confirmImport', { source: big(1000, 1) }, 'append');
    const again = a.google.recorder.writes().filter((c) => c.sheet === 'Deals');
    expect(deals(a)).toHaveLength(1000);
    expect(deals(a).find((d) => d.deal_id === 'D-42')!.amount).toBe(143);
    // First: grow the grid, then per run of the import's columns a format and a value write, and the notes.
    expect(first.length).toBeLessThanOrEqual(12);
    // Again: the imported rows stand together: one value write per run of columns, and their notes.
    expect(again.map((c) => c.method)).toEqual(['setValues', 'setNotes']);
  });
});
