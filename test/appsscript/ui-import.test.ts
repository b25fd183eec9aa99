// @vitest-environment happy-dom
// The Import CRM export dialog driven like a manager would, its google.script.run answered by the built bundle over the fake sheets.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../appsscript/src/ui/br-import-dialog';
import { readExportFile } from '../../appsscript/src/ui/read-export-file';
import { MAX_UPLOAD_BYTES } from '../../appsscript/src/import/types';
import { addon } from './helpers';
import {
  clearDom,
  deepQueryAll,
  deepText,
  expectNoInjectedElement,
  HOSTILE,
  mount,
  resetDom,
  settle,
  stubServer,
} from './ui-dom';

beforeEach(resetDom);
afterEach(clearDom);

/** A set-up workbook with the ERP export pasted into a tab, and the dialog's server calls going to the bundle. */
function workbookWithPaste() {
  const a = addon();
  a.google.ui.answers.push('NO');
  a.call('setupWorkbook');
  a.google.spreadsheet.addSheet('Orders paste', [
    ['Order No', 'Customer', 'Sales Rep', 'Status', 'Amount', 'Close Date'],
    ['A-1', HOSTILE, 'Jürgen Müller', 'Payment Done', '3500', '2024-06-21'],
    ['A-2', 'Café Zoë', 'Zoë Dubois', 'Closed Won', '1200.5', '2024-06-13'],
    ['A-3', 'Øresund AB', 'Zoë Dubois', 'X', '750', '2024-06-06'],
  ]);
  const calls = stubServer({
    getImportSources: () => a.call('getImportSources'),
    previewImport: (r) => a.call('previewImport', r),
    confirmImport: (r, m) => a.call('confirmImport', r, m),
  });
  return { a, calls };
}

const button = (el: Element, text: string) =>
  deepQueryAll(el, 'button').find((b) => b.textContent?.trim() === text) as HTMLButtonElement;

async function submit(el: Element, form: HTMLFormElement) {
  form.dispatchEvent(new Event('submit', { cancelable: true }));
  await settle(el);
  await settle(el);
}

describe('<br-import-dialog>', () => {
  it('reads a pasted tab, asks the stages, imports on confirm, and shows export text as text', async () => {
    const { a, calls } = workbookWithPaste();
    const el = await mount('br-import-dialog');
    const root = el.shadowRoot!;
    const select = root.querySelector('select[name=tab]') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['', 'Orders paste']);
    select.value = 'Orders paste';
    await submit(el, root.querySelector('form')!);
    expect(deepText(el)).toContain('Only you can answer these');
    expect(deepText(el)).toContain(HOSTILE);
    expectNoInjectedElement(el);
    const radios = deepQueryAll(el, 'input[type=radio]') as HTMLInputElement[];
    const pick = (key: string, value: string) =>
      radios.find((r) => r.name === key && r.value === value)!.click();
    pick('stage:Payment Done', 'won');
    pick('stage:X', 'lost');
    await submit(el, root.querySelector('form')!);
    expect(deepText(el)).toContain('Importing into Deals');
    expect(a.google.spreadsheet.sheet('Deals')!.grid().length).toBe(1);
    button(el, 'Import').click();
    await settle(el);
    await settle(el);
    expect(calls.map((c) => c.name)).toEqual([
      'getImportSources',
      'previewImport',
      'previewImport',
      'confirmImport',
    ]);
    expect(deepText(el)).toContain('Deals: 3 added, 0 updated.');
    expect(a.google.spreadsheet.sheet('Deals')!.grid().length).toBe(4);
  });

  it('keeps Import off until Append or Replace is chosen when Deals has rows', async () => {
    const { a } = workbookWithPaste();
    const answers = [
      { key: 'stage:Payment Done', value: 'won' },
      { key: 'stage:X', value: 'lost' },
    ];
    a.call('confirmImport', { source: { kind: 'tab', tab: 'Orders paste' }, answers }, null);
    const el = await mount('br-import-dialog');
    const root = el.shadowRoot!;
    (root.querySelector('select[name=tab]') as HTMLSelectElement).value = 'Orders paste';
    await submit(el, root.querySelector('form')!);
    // The saved mapping answers everything: no question, straight to what confirming does.
    expect(deepText(el)).not.toContain('Only you can answer these');
    expect(deepText(el)).toContain('Deals already has 3 rows');
    expect(button(el, 'Import').disabled).toBe(true);
    (deepQueryAll(el, 'input[name=mode]')[0] as HTMLInputElement).click();
    await settle(el);
    expect(button(el, 'Import').disabled).toBe(false);
    button(el, 'Choose another export').click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('select[name=tab]')).not.toBeNull();
  });
});

describe('readExportFile (the dialog reads the chosen file)', () => {
  it('decodes a Windows-1252 CSV and says so', async () => {
    const bytes = Uint8Array.from([
      0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x4a, 0xfc, 0x72, 0x67, 0x65, 0x6e,
    ]);
    const source = await readExportFile(new File([bytes], 'orders.csv'));
    expect(source).toEqual({
      kind: 'text',
      name: 'orders.csv',
      text: 'Name\nJürgen',
      encoding: 'windows-1252',
    });
  });

  it('refuses a file over the limit before reading it, saying to use a tab instead', async () => {
    const big = { name: 'big.csv', size: MAX_UPLOAD_BYTES + 1 } as File;
    await expect(readExportFile(big)).rejects.toThrow(/File › Import/);
  });

  it('refuses an old .xls with what to do', async () => {
    await expect(readExportFile(new File([new Uint8Array(4)], 'old.xls'))).rejects.toThrow(
      /save it as \.xlsx or CSV/,
    );
  });
});
