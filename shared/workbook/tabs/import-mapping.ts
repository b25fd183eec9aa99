// The Import Mapping tab's shape: key/value/note rows saying how a CRM export maps (shared/import reads and writes it).
import type { TabSpec } from '../spec';

export const IMPORT_MAPPING_TAB = 'Import Mapping';
export const IMPORT_MAPPING_HEADER = ['key', 'value', 'note'] as const;

export const IMPORT_MAPPING_TAB_SPEC: TabSpec = {
  name: IMPORT_MAPPING_TAB,
  required: false,
  note: 'Written by the import: how a CRM export maps (columns, stages, dates, numbers, owners); one row per key. The engine does not read it. Private.',
  columns: [
    {
      header: 'key',
      required: true,
      note: 'kind, preset, column:<field>, date_order, decimal_mark, time_zone, currency, stage:<stage> or owner:<owner>.',
      validation: { kind: 'text' },
      defaultText: null,
    },
    {
      header: 'value',
      required: true,
      note: 'The answer; blank = decided from the data, or a question still to answer.',
      validation: { kind: 'text' },
      defaultText: null,
    },
    {
      header: 'note',
      required: false,
      note: 'What the row means, or the question to answer (ignored when read).',
      validation: { kind: 'text' },
      defaultText: null,
    },
  ],
};
