// CSV bytes in any encoding Excel or Sheets writes: read correctly, or read as Windows-1252 and reported once.
import { describe, expect, it } from 'vitest';
import { readCsvBytes } from '../../../cli/io/csv-file';
import { decodeText } from '../../../cli/io/decode';

const TEXT = 'rep_id,name\nr1,Zoë Müller-Øby €\n';
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => Uint8Array.from(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => Uint8Array.from(Buffer.from(s, 'utf16le').swap16());
/** Windows-1252 bytes of text made of Latin-1 letters and €. */
const cp1252 = (s: string) =>
  Uint8Array.from([...s].map((ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0))));
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('decodeText', () => {
  // [what, bytes, encoding, how]
  it.each([
    ['UTF-8', utf8(TEXT), 'utf-8', 'valid'],
    ['UTF-8 with a BOM', join(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(TEXT)), 'utf-8', 'bom'],
    ['UTF-16 LE with a BOM', join(Uint8Array.of(0xff, 0xfe), utf16le(TEXT)), 'utf-16le', 'bom'],
    ['UTF-16 BE with a BOM', join(Uint8Array.of(0xfe, 0xff), utf16be(TEXT)), 'utf-16be', 'bom'],
    ['UTF-16 LE without a BOM', utf16le(TEXT), 'utf-16le', 'pattern'],
    ['UTF-16 BE without a BOM', utf16be(TEXT), 'utf-16be', 'pattern'],
    ['Windows-1252 (invalid UTF-8)', cp1252(TEXT), 'windows-1252', 'guess'],
  ] as const)('reads %s', (_what, bytes, encoding, how) => {
    const d = decodeText(bytes);
    expect(d).toMatchObject({ encoding, how, undefinedBytes: 0 });
    expect(d.text).toBe(TEXT);
  });

  it('counts bytes Windows-1252 leaves undefined, so a wrong guess is said', () => {
    const d = decodeText(Uint8Array.of(0x61, 0x81, 0x62, 0x9d, 0xe9));
    expect(d).toMatchObject({ encoding: 'windows-1252', undefinedBytes: 2 });
  });

  it('keeps pure ASCII as UTF-8', () => {
    expect(decodeText(utf8('a,b\n1,2\n')).encoding).toBe('utf-8');
  });
});

describe('readCsvBytes: the whole file, with one note at most per assumption', () => {
  // [what, bytes, rows expected, notes expected (problem pattern)]
  it.each([
    ['UTF-8', utf8(TEXT), null],
    ['UTF-16 LE with BOM', join(Uint8Array.of(0xff, 0xfe), utf16le(TEXT)), null],
    ['UTF-16 BE with BOM', join(Uint8Array.of(0xfe, 0xff), utf16be(TEXT)), null],
    ['Windows-1252', cp1252(TEXT), /is not UTF-8 text; it was read as Windows-1252/],
  ] as const)('%s', (_what, bytes, note) => {
    const read = readCsvBytes(bytes, 'Reps.csv', 'Reps');
    expect(read.rows).toEqual([
      ['rep_id', 'name'],
      ['r1', 'Zoë Müller-Øby €'],
    ]);
    if (note === null) expect(read.notes).toEqual([]);
    else {
      expect(read.notes).toHaveLength(1);
      expect(read.notes[0]).toMatchObject({ tab: 'Reps', row: null, severity: 'warning' });
      expect(read.notes[0]!.problem).toMatch(note);
      expect(read.notes[0]!.fix).toMatch(/UTF-8/);
    }
  });

  it('reports a non-UTF-8 file of 5,000 rows once, not per row', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `r${i},Zoë ${i}`).join('\n');
    const read = readCsvBytes(cp1252(`rep_id,name\n${rows}\n`), 'Reps.csv', 'Reps');
    expect(read.rows).toHaveLength(5001);
    expect(read.rows[4000]).toEqual(['r3999', 'Zoë 3999']);
    expect(read.notes).toHaveLength(1);
  });
});

describe('a folder of CSV files from Excel in Europe', () => {
  it('reads a Windows-1252, semicolon-separated Deals.csv and says so once per assumption', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = (await import('node:path')).join;
    const { readCsvFolder } = await import('../../../cli/io/folder');
    const dir = mkdtempSync(path(tmpdir(), 'bellringer-eu-'));
    try {
      writeFileSync(path(dir, 'Reps.csv'), 'rep_id,name\nr1,Zoë\n');
      writeFileSync(
        path(dir, 'Deals.csv'),
        cp1252('deal_id;rep_id;account;amount\nD1;r1;Café Müller;1.234,50\nD2;r1;Öl AG;99,9\n'),
      );
      const { grids, issues } = readCsvFolder(dir);
      expect(grids.Deals).toEqual([
        ['deal_id', 'rep_id', 'account', 'amount'],
        ['D1', 'r1', 'Café Müller', '1234.50'],
        ['D2', 'r1', 'Öl AG', '99.9'],
      ]);
      expect(issues.map((i) => i.tab)).toEqual(['Deals', 'Deals']);
      expect(issues[0]!.problem).toMatch(
        /^Deals\.csv is not UTF-8 text; it was read as Windows-1252/,
      );
      expect(issues[1]!.problem).toMatch(
        /^Deals\.csv separates fields with semicolons \(;\).*2 numbers were read/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
