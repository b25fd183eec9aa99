// Reads one CSV file's bytes: its encoding and delimiter detected, each assumption reported once for the whole file.
import type { DataIssue } from '../../shared/issues';
import { type CsvProblem, readCsv } from './csv';
import { decodeText } from './decode';
import { decimalCommas, detectDelimiter } from './delimiter';

export interface CsvFileRead {
  readonly rows: string[][];
  /** Problems with single records (a stray quote), for csvProblemIssues. */
  readonly problems: readonly CsvProblem[];
  /** Whole-file notes: an encoding guessed, a delimiter other than a comma with decimal commas. */
  readonly notes: readonly DataIssue[];
}

const DELIMITER_NAMES = { ';': 'semicolons (;)', '\t': 'tabs' } as const;

/**
 * `tab` is the tab the file is read as (or the file name when it is none). UTF-8, UTF-16 and the
 * delimiter are read as they are without a word; a file that is not UTF-8 is read as Windows-1252
 * and said so once, as is a ";" file whose numbers were read with a decimal comma.
 */
export function readCsvBytes(
  bytes: Uint8Array,
  file: string,
  tab: string,
  options: { readonly decimalCommas?: boolean } = {},
): CsvFileRead {
  const decoded = decodeText(bytes);
  const delimiter = detectDelimiter(decoded.text);
  const { rows, problems } = readCsv(decoded.text, delimiter);
  const notes: DataIssue[] = [];
  const note = (problem: string, fix: string): void => {
    notes.push({ tab, row: null, column: null, value: file, problem, fix, severity: 'warning' });
  };
  if (decoded.encoding === 'windows-1252') {
    note(
      decoded.undefinedBytes > 0
        ? `${file} is not UTF-8 text, nor Windows-1252 (${decoded.undefinedBytes} of its bytes mean nothing there): it was read as Windows-1252 anyway, so some letters are surely wrong.`
        : `${file} is not UTF-8 text; it was read as Windows-1252 (Western European), so check letters with accents (é, ü, ñ) in names and text.`,
      'Save the file as UTF-8: in Excel, File › Save As › "CSV UTF-8 (Comma delimited)"; in Google Sheets, File › Download › CSV.',
    );
  }
  // A CRM export keeps its numbers as written: shared/import reads the decimal mark from the whole column.
  if (delimiter === ';' && options.decimalCommas !== false) {
    const changed = decimalCommas(rows);
    if (changed > 0) {
      note(
        `${file} separates fields with ${DELIMITER_NAMES[delimiter]} and writes decimals with a comma: ${changed} number${changed === 1 ? ' was' : 's were'} read that way (1.234,5 as 1234.5).`,
        'Nothing to do if that is right; otherwise save the file as CSV with commas between fields.',
      );
    }
  }
  return { rows, problems, notes };
}
