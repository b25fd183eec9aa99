// Manager words for an import's facts: why it failed, what it asks, and how to answer in the Import Mapping.
import { formatNumber } from '../format';
import type { ImportFailure, Question } from './facts';
import { NEW_REP } from './mapping';
import { IMPORT_MAPPING_TAB } from '../workbook';

export function failureText(f: ImportFailure, source: string): string {
  switch (f.kind) {
    case 'empty':
      return `${source} has no rows under its header: nothing was imported.`;
    case 'mapped-column-absent':
      return `The ${IMPORT_MAPPING_TAB} reads ${f.field} from the column "${f.header}", which ${source} does not have. Correct column:${f.field}, or clear it to let Bellringer find the column.`;
    case 'bad-time-zone':
      return `The ${IMPORT_MAPPING_TAB}'s time_zone "${f.zone}" is not a time zone; use one like Europe/Berlin.`;
    case 'nothing-usable':
      return `None of the ${formatNumber(f.rows)} rows of ${source} gave a usable row: nothing was imported and nothing is published. The issues say why for each row.`;
  }
}

export function questionText(q: Question): string {
  switch (q.kind) {
    case 'stage':
      return `Stage "${q.stage}" (${formatNumber(q.rows)} ${q.rows === 1 ? 'row' : 'rows'}): is it won, lost, open or ignore? Answer on the row stage:${q.stage}.`;
    case 'date-order':
      return `Dates like ${q.example}: is the day first or the month first? Answer day-first or month-first on the row date_order.`;
    case 'decimal-mark':
      return `Amounts like ${q.example}: is the decimal mark a comma or a point? Answer comma or point on the row decimal_mark.`;
    case 'kind':
      return `Is one row of this export a deal or an activity (its columns: ${q.headers.join(', ')})? Answer deals or activities on the row kind.`;
    case 'column':
      return `No column was found for ${q.field}: which of the export's columns is it (${q.headers.join(', ')})? Answer with its header on the row column:${q.field}.`;
    case 'owner':
      return `Owner "${q.owner}" (${formatNumber(q.rows)} ${q.rows === 1 ? 'row' : 'rows'}) looks like the rep ${q.repName} (${q.repId}). Answer ${q.repId} on the row owner:${q.owner} if so, or ${NEW_REP} to add them as a new rep.`;
  }
}
