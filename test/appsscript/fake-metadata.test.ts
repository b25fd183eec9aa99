// The fake's developer metadata behaves as Google documents it (fake/metadata.ts cites each page), never kinder.
import { describe, expect, it } from 'vitest';
import { createFakeGoogle } from './fake';
import { METADATA_CHARS_PER_LOCATION } from './fake/metadata';

function sheetWith() {
  const g = createFakeGoogle();
  const ss = g.spreadsheet;
  const sheet = ss.addSheet('Scorecard', [['a']]);
  return { g, ss, sheet };
}

describe('fake developer metadata', () => {
  // [what, the add call's arguments, the visibility and value it stores]
  it.each([
    ['a key only: DOCUMENT (the stricter default)', ['k'], 'DOCUMENT', null],
    ['a key and a visibility', ['k', 'PROJECT'], 'PROJECT', null],
    ['a key and a value', ['k', 'v'], 'DOCUMENT', 'v'],
    ['a key, a value and a visibility', ['k', 'v', 'PROJECT'], 'PROJECT', 'v'],
  ] as const)('addDeveloperMetadata with %s', (_what, args, visibility, value) => {
    const { sheet } = sheetWith();
    sheet.addDeveloperMetadata(...(args as unknown as [string, string?, string?]));
    const [md] = sheet.getDeveloperMetadata();
    expect(md!.getVisibility()).toBe(visibility);
    expect(md!.getValue()).toBe(value);
  });

  it.each([
    ['an empty key', () => sheetWith().sheet.addDeveloperMetadata('')],
    [
      'more than the characters a location may hold',
      () => sheetWith().sheet.addDeveloperMetadata('k', 'x'.repeat(METADATA_CHARS_PER_LOCATION)),
    ],
    [
      'a value grown past the limit',
      () => {
        const { sheet } = sheetWith();
        sheet.addDeveloperMetadata('k', 'small', 'PROJECT');
        sheet.getDeveloperMetadata()[0]!.setValue('x'.repeat(METADATA_CHARS_PER_LOCATION));
      },
    ],
    [
      'a visibility that is not one',
      () => sheetWith().sheet.addDeveloperMetadata('k', 'v', 'PUBLIC'),
    ],
  ])('refuses %s', (_what, act) => {
    expect(act).toThrow();
  });

  it('keeps metadata through a rename and drops it with the sheet', () => {
    const { ss, sheet } = sheetWith();
    ss.addSheet('Other');
    sheet.addDeveloperMetadata('k', 'v', 'PROJECT');
    sheet.setName('Renamed');
    expect(
      ss
        .sheet('Renamed')!
        .getDeveloperMetadata()
        .map((m) => m.getValue()),
    ).toEqual(['v']);
    ss.deleteSheet(sheet);
    expect(ss.sheets.flatMap((s) => s.metadata)).toEqual([]);
  });

  it('copies metadata (key, value, visibility, project) with a copy of the sheet, under new ids', () => {
    const { ss, sheet } = sheetWith();
    sheet.addDeveloperMetadata('k', 'v', 'PROJECT');
    const copy = ss.duplicate(sheet);
    expect(copy.name).toBe('Copy of Scorecard');
    expect(copy.id).not.toBe(sheet.id);
    const [a, b] = [sheet.getDeveloperMetadata()[0]!, copy.getDeveloperMetadata()[0]!];
    expect([b.getKey(), b.getValue(), b.getVisibility()]).toEqual(['k', 'v', 'PROJECT']);
    expect(b.getId()).not.toBe(a.getId());
  });

  it("shows another project's PROJECT metadata to nobody else, and DOCUMENT metadata to everyone", () => {
    const { ss, sheet } = sheetWith();
    ss.plantMetadata(sheet, 'hidden', 'x', 'PROJECT');
    ss.plantMetadata(sheet, 'shared', 'y', 'DOCUMENT');
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['shared']);
  });

  it('refuses a sheet name that differs from another only in case', () => {
    const { ss, sheet } = sheetWith();
    expect(() => ss.insertSheet('scorecard')).toThrow(/already exists/);
    ss.addSheet('Other');
    expect(() => ss.sheet('Other')!.setName('SCORECARD')).toThrow(/already exists/);
    expect(sheet.name).toBe('Scorecard');
  });
});
