// onOpen / onInstall: the Extensions → Bellringer menu, built without needing authorization.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MENU } from '../../appsscript/src/menu';
import { addon, ROOT } from './helpers';

/** The only calls Apps Script allows in AuthMode.NONE that onOpen needs. */
const ALLOWED_IN_NONE = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.addItem',
  'Ui.addSeparator',
  'Ui.addToUi',
]);

describe.each(['onOpen', 'onInstall'])('%s', (entry) => {
  it('adds the add-on menu with every item of MENU, in order', () => {
    const a = addon();
    a.call(entry, { authMode: 'NONE' });
    expect(a.google.ui.menus).toHaveLength(1);
    const items = a.google.ui.menus[0]!.items.map((i) =>
      i === 'separator' ? 'separator' : { caption: i.caption, handler: i.functionName },
    );
    expect(items).toEqual(MENU);
  });

  it('in AuthMode.NONE makes no call that needs authorization', () => {
    const a = addon();
    a.call(entry, { authMode: 'NONE' });
    const calls = a.google.recorder.calls.map((c) => `${c.service}.${c.method}`);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((c) => !ALLOWED_IN_NONE.has(c))).toEqual([]);
  });
});

describe('docs/addon.md', () => {
  it('describes every menu item by its caption', () => {
    const doc = readFileSync(join(ROOT, 'docs/addon.md'), 'utf8');
    for (const item of MENU) if (item !== 'separator') expect(doc).toContain(`**${item.caption}**`);
  });
});
