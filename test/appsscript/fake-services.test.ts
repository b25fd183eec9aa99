// The fake enforces Google's limits and quotas and keeps its services apart as Google documents.
import { describe, expect, it } from 'vitest';
import { createFakeGoogle } from './fake';
import { CACHE_VALUE_LIMIT } from './fake/cache';
import { CELL_CHARACTER_MESSAGE, CELL_LIMIT_MESSAGE, cellsUsed } from './fake/limits';
import { PROPERTY_CALLS_PER_DAY } from './fake/properties';
import { TRIGGERS_PER_USER } from './fake/services';

type G = ReturnType<typeof createFakeGoogle>;
const app = <T>(g: G, name: string) => g.globals[name] as T;
interface Lock {
  tryLock(ms: number): boolean;
  releaseLock(): void;
}
interface Locks {
  getDocumentLock(): Lock | null;
  getScriptLock(): Lock;
}

describe('Sheets size limits', () => {
  it("refuses to grow the workbook past 10 million cells, with Google's message", () => {
    const g = createFakeGoogle();
    const sheet = g.spreadsheet.insertSheet('Big');
    sheet.insertRowsAfter(1000, 383_000); // 384,000 × 26 = 9,984,000 cells
    expect(cellsUsed(g.spreadsheet)).toBe(9_984_000);
    expect(() => sheet.insertRowsAfter(384_000, 1000)).toThrow(CELL_LIMIT_MESSAGE);
    expect(() => g.spreadsheet.insertSheet('More')).toThrow(CELL_LIMIT_MESSAGE);
    expect(() => sheet.insertColumnsAfter(26, 1)).toThrow(CELL_LIMIT_MESSAGE);
  });

  it('refuses a cell of more than 50,000 characters', () => {
    const sheet = createFakeGoogle().spreadsheet.insertSheet('T');
    sheet.getRange(1, 1).setValue('x'.repeat(50_000));
    expect(() => sheet.getRange(1, 2).setValue('x'.repeat(50_001))).toThrow(CELL_CHARACTER_MESSAGE);
  });

  it.each([
    ['', /Invalid argument/],
    ['x'.repeat(101), /100 characters/],
  ])('refuses the sheet name %j', (name, message) => {
    const ss = createFakeGoogle().spreadsheet;
    expect(() => ss.insertSheet(name)).toThrow(message);
  });
});

describe('Locks', () => {
  it('the document lock and the script lock do not exclude each other', () => {
    const g = createFakeGoogle();
    const locks = app<Locks>(g, 'LockService');
    g.lock.document.heldElsewhere = true;
    expect(locks.getDocumentLock()!.tryLock(1)).toBe(false);
    expect(locks.getScriptLock().tryLock(1)).toBe(true);
  });

  it.each([
    ['bound', 'menu', true],
    ['bound', 'timeTrigger', true],
    ['bound', 'webApp', false],
    ['standalone', 'menu', true],
    ['standalone', 'timeTrigger', false],
  ] as const)('a %s script in a %s run: document lock available = %s', (kind, ctx, has) => {
    const g = createFakeGoogle({ scriptKind: kind });
    g.runAs(ctx);
    expect(app<Locks>(g, 'LockService').getDocumentLock() !== null).toBe(has);
  });
});

describe('UI and web app', () => {
  it.each(['timeTrigger', 'webApp'] as const)('getUi() throws in a %s run', (ctx) => {
    const g = createFakeGoogle();
    g.runAs(ctx);
    const app = g.globals.SpreadsheetApp as { getUi(): unknown };
    expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});

describe('Properties', () => {
  it('script and document properties are separate stores', () => {
    const g = createFakeGoogle();
    type Store = { setProperty(k: string, v: string): void; getProperty(k: string): string | null };
    const ps = g.globals.PropertiesService as {
      getScriptProperties(): Store;
      getDocumentProperties(): Store;
    };
    ps.getDocumentProperties().setProperty('k', 'document');
    expect(ps.getScriptProperties().getProperty('k')).toBeNull();
  });

  it('stops after the daily quota of property reads and writes', () => {
    const g = createFakeGoogle();
    const store = (
      g.globals.PropertiesService as { getScriptProperties(): { getProperty(k: string): unknown } }
    ).getScriptProperties();
    g.quota.propertyCalls = PROPERTY_CALLS_PER_DAY - 1;
    store.getProperty('a');
    expect(() => store.getProperty('a')).toThrow(/too many times for one day: properties/);
  });
});

describe('Triggers', () => {
  type Script = {
    newTrigger(h: string): {
      timeBased(): {
        everyHours(n: number): { create(): unknown };
        everyMinutes(n: number): { create(): unknown };
      };
    };
    getProjectTriggers(): unknown[];
  };
  it('a user may have 20 triggers on the script; the 21st is refused', () => {
    const g = createFakeGoogle();
    const s = g.globals.ScriptApp as Script;
    for (let i = 0; i < TRIGGERS_PER_USER; i++)
      s.newTrigger('f').timeBased().everyHours(1).create();
    expect(() => s.newTrigger('f').timeBased().everyHours(1).create()).toThrow(/too many triggers/);
  });

  it("getProjectTriggers lists only the current user's triggers", () => {
    const g = createFakeGoogle();
    const s = g.globals.ScriptApp as Script;
    s.newTrigger('onHourlyTrigger').timeBased().everyHours(1).create();
    g.user.email = 'co-manager@example.com';
    expect(s.getProjectTriggers()).toEqual([]);
    expect(g.triggers).toHaveLength(1);
  });

  it('everyMinutes accepts only 1, 5, 10, 15 or 30', () => {
    const s = createFakeGoogle().globals.ScriptApp as Script;
    expect(() => s.newTrigger('f').timeBased().everyMinutes(20)).toThrow(/1, 5, 10, 15 or 30/);
  });
});

describe('CacheService', () => {
  type Cache = { put(k: string, v: string, s?: number): void; get(k: string): string | null };
  it('refuses values over 100 KB and forgets entries when they expire', () => {
    const g = createFakeGoogle();
    const cache = (g.globals.CacheService as { getScriptCache(): Cache }).getScriptCache();
    expect(() => cache.put('k', 'x'.repeat(CACHE_VALUE_LIMIT + 1))).toThrow(/too large/);
    cache.put('k', 'v', 60);
    expect(cache.get('k')).toBe('v');
    g.cache.advanceSeconds(61);
    expect(cache.get('k')).toBeNull();
  });
});

describe('Rows and CSV', () => {
  it('deleteRows moves everything below up: values, notes, formulas and number formats', () => {
    const g = createFakeGoogle();
    const sheet = g.spreadsheet.insertSheet('T');
    sheet.getRange(1, 1, 4, 1).setValues([['a'], ['b'], ['c'], ['=A1']]);
    sheet.getRange(3, 1).setNote('on c');
    sheet.getRange(4, 2).setNumberFormat('@');
    sheet.deleteRows(2, 1);
    expect(sheet.grid().map((r) => r[0])).toEqual(['a', 'c', '=A1']);
    expect(sheet.getRange(2, 1).getNotes()).toEqual([['on c']]);
    expect([...sheet.formulas]).toEqual(['3,1']);
    expect(sheet.getRange(3, 2).getNumberFormats()).toEqual([['@']]);
  });

  it('Utilities.parseCsv splits quoted fields with the delimiter, quotes and line breaks, every cell a string', () => {
    const g = createFakeGoogle();
    const u = app<{ parseCsv(csv: string, d?: string): string[][] }>(g, 'Utilities');
    expect(u.parseCsv('a;"b;""c""\nd";1\r\nx;y;2', ';')).toEqual([
      ['a', 'b;"c"\nd', '1'],
      ['x', 'y', '2'],
    ]);
  });
});
