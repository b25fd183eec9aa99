// In the dialog: an uploaded export file read in the browser, so only its text (CSV) or its first sheet's rows (.xlsx) travel.
// The CLI's decoder, one rule for both: a byte-order mark, else UTF-16 by its zero bytes, else UTF-8
// when the bytes are valid UTF-8, else Windows-1252 (said to the manager). Browser-safe (TextDecoder).
import { decodeText } from '../../../cli/io/decode';
import type { ImportSource } from '../import/request';
import { MAX_UPLOAD_BYTES } from '../import/types';
import { readXlsxRows } from './read-xlsx';

/** The file as the request's source, or why it cannot be sent (too large, not a CSV or .xlsx). */
export async function readExportFile(file: File): Promise<ImportSource> {
  if (file.size > MAX_UPLOAD_BYTES)
    throw new Error(
      `${file.name} is ${Math.ceil(file.size / 1_000_000)} MB; the dialog sends up to ${MAX_UPLOAD_BYTES / 1_000_000} MB. Put it in a tab instead (File › Import › Upload, "Insert new sheet"), then choose that tab here.`,
    );
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.xlsx$/i.test(file.name))
    return { kind: 'rows', name: file.name, rows: await readXlsxRows(bytes) };
  if (/\.xls$/i.test(file.name))
    throw new Error(
      `${file.name} is an old Excel file (.xls): save it as .xlsx or CSV, then choose it again.`,
    );
  const { text, encoding } = decodeText(bytes);
  return { kind: 'text', name: file.name, text, encoding };
}
