// The dialog's .xlsx reader: the first sheet's cells as exceljs reads them, and a Dynamics export imported from them through the bundle.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../appsscript/src/import/types';
import { readXlsxRows, sharedStrings, sheetRows, xmlText } from '../../appsscript/src/ui/read-xlsx';
import { addon } from './helpers';

const XLSX = join(import.meta.dirname, '../fixtures/import/dynamics/opportunities.xlsx');

/** Excel's serial day number of a date cell exceljs read (1900 system: day 25569 is 1970-01-01). */
const serial = (d: Date) => d.getTime() / 86_400_000 + 25_569;

describe('readXlsxRows (the dialog reads .xlsx in the browser)', () => {
  it('gives every cell of the first sheet as exceljs reads it, dates as serial numbers', async () => {
    const rows = await readXlsxRows(new Uint8Array(readFileSync(XLSX)));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(XLSX);
    const ws = wb.worksheets[0]!;
    expect(rows).toHaveLength(ws.rowCount);
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const want = (row.values as unknown[]).slice(1);
      want.forEach((v, c) => {
        const got = rows[r - 1]![c] ?? null;
        if (v instanceof Date) expect(got as number).toBeCloseTo(serial(v), 6);
        else expect(got, `row ${r} column ${c + 1}`).toEqual(v ?? null);
      });
    });
  });

  it.each([
    ['entities', 'A &amp; B &lt;3 &#233;&#x20AC;', 'A & B <3 é€'],
    ['an unknown entity, kept', '&nbsp;', '&nbsp;'],
  ])('resolves XML text: %s', (_, xml, text) => {
    expect(xmlText(xml)).toBe(text);
  });

  it('reads rich-text and inline strings without phonetic guides, and keeps blank rows in place', () => {
    const strings = sharedStrings(
      '<sst><si><t>plain</t></si><si><r><t>ri</t></r><r><t xml:space="preserve">ch </t></r><rPh><t>x</t></rPh></si></sst>',
    );
    expect(strings).toEqual(['plain', 'rich ']);
    const rows = sheetRows(
      '<sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>in</t></is></c></row>' +
        '<row r="3"><c r="B3"><v>2.5</v></c><c r="C3" t="b"><v>1</v></c><c r="D3" t="e"><v>#N/A</v></c></row></sheetData>',
      strings,
    );
    expect(rows).toEqual([['rich ', null, 'in'], [], [null, 2.5, true, null]]);
  });
});

describe('Import CRM export from an .xlsx (through the bundle)', () => {
  it('imports the Dynamics export the dialog read: one Deals row per dollar deal, none asked', async () => {
    const a = addon();
    a.google.ui.answers.push('NO');
    a.call('setupWorkbook');
    const rows = await readXlsxRows(new Uint8Array(readFileSync(XLSX)));
    const source = { kind: 'rows', name: 'opportunities.xlsx', rows };
    const p = a.call('previewImport', { source }) as ImportPreview;
    expect(p.preset).toMatch(/Dynamics 365/);
    expect(p.questions).toEqual([]);
    const done = a.call('confirmImport', { source }, null) as string[];
    expect(done).toContain('1 deal in EUR left out (the workbook counts USD).');
    const [head, ...deals] = a.google.spreadsheet.sheet('Deals')!.grid();
    const id = head!.map(String).indexOf('deal_id');
    const currency = rows[0]!.indexOf('Currency');
    // The workbook counts US dollars (Set up's default currency): the Euro deal is left out.
    const dollars = rows.slice(1).filter((r) => r[currency] === 'US Dollar');
    expect(deals.map((d) => d[id]).sort()).toEqual(dollars.map((r) => r[0]).sort());
  });
});
