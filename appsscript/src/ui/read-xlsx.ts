// In the dialog: the first sheet of an .xlsx as rows (a zip of XML parts, ECMA-376), read with the browser's own inflate.
//
// Dates come as the sheet's serial numbers (the import reads serial dates in date columns);
// formulas as their cached results; shared and inline strings as text.

type Cell = string | number | boolean | null;

interface ZipEntry {
  readonly method: number;
  readonly offset: number;
  readonly size: number;
}

/** The zip's central directory: name → where its data is (APPNOTE.TXT 4.3.12, 4.3.16). */
function zipEntries(b: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) throw new Error('This is not an .xlsx file (no zip directory found).');
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const names = new TextDecoder();
  const out = new Map<string, ZipEntry>();
  for (let n = 0; n < count && view.getUint32(p, true) === 0x02014b50; n++) {
    const method = view.getUint16(p + 10, true);
    const size = view.getUint32(p + 20, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = names.decode(b.subarray(p + 46, p + 46 + nameLen));
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out.set(name, { method, offset: dataAt, size });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function part(
  b: Uint8Array,
  entries: Map<string, ZipEntry>,
  name: string,
): Promise<string | null> {
  const e = entries.get(name);
  if (!e) return null;
  const raw = b.subarray(e.offset, e.offset + e.size);
  if (e.method !== 0 && e.method !== 8)
    throw new Error(`The .xlsx part ${name} is compressed in a way the dialog cannot read.`);
  return new TextDecoder().decode(e.method === 0 ? raw : await inflate(raw));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text with its entities resolved. */
export function xmlText(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(
          e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
        )
      : (ENTITIES[e] ?? m),
  );
}

/** The text runs of a string item (`<t>`, rich-text `<r><t>`), phonetic guides (`<rPh>`) left out. */
function itemText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  return [...plain.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => xmlText(m[1]!)).join('');
}

export function sharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  return [...xml.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g)].map((m) =>
    itemText(m[1] ?? ''),
  );
}

/** "BC12" → column 54 (0-based 54 for BC). */
function columnOf(ref: string): number {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '')) n = n * 26 + (ch.toUpperCase().charCodeAt(0) - 64);
  return n - 1;
}

/** A worksheet part's cells as rows (blank rows kept, so row numbers match the sheet's). */
export function sheetRows(xml: string, strings: readonly string[]): Cell[][] {
  const rows: Cell[][] = [];
  for (const r of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNo = Number(/\br="(\d+)"/.exec(r[1]!)?.[1] ?? rows.length + 1);
    const row: Cell[] = [];
    for (const c of (r[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1]!;
      const ref = /\br="([A-Z]+\d*)"/i.exec(attrs)?.[1];
      const col = ref ? columnOf(ref) : row.length;
      const type = /\bt="(\w+)"/.exec(attrs)?.[1] ?? 'n';
      const body = c[2] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let cell: Cell = null;
      if (type === 'inlineStr') cell = itemText(body);
      else if (v === undefined) cell = null;
      else if (type === 's') cell = strings[Number(v)] ?? '';
      else if (type === 'str') cell = xmlText(v);
      else if (type === 'b') cell = v === '1';
      else if (type === 'e') cell = null;
      else cell = Number(v);
      while (row.length < col) row.push(null);
      row[col] = cell;
    }
    while (rows.length < rowNo - 1) rows.push([]);
    rows[rowNo - 1] = row;
  }
  return rows;
}

/** The workbook's first sheet (in tab order), found through workbook.xml and its relationships. */
export async function readXlsxRows(bytes: Uint8Array): Promise<Cell[][]> {
  const entries = zipEntries(bytes);
  const workbook = (await part(bytes, entries, 'xl/workbook.xml')) ?? '';
  const rels = (await part(bytes, entries, 'xl/_rels/workbook.xml.rels')) ?? '';
  const rid = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  const target = rid
    ? (new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`<Relationship\\b[^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1])
    : undefined;
  const path = target
    ? target.startsWith('/')
      ? target.slice(1)
      : `xl/${target}`
    : 'xl/worksheets/sheet1.xml';
  const sheet = await part(bytes, entries, path);
  if (sheet === null) throw new Error('This .xlsx has no sheet to read.');
  return sheetRows(sheet, sharedStrings(await part(bytes, entries, 'xl/sharedStrings.xml')));
}
