// The Import Mapping tab: written and read back unchanged, one section per kind, bad rows reported and asked again.
import { describe, expect, it } from 'vitest';
import {
  EMPTY_MAPPING,
  type Mapping,
  mappingFor,
  mappingGrid,
  readMappingGrid,
  withMapping,
} from '../../../shared/import';

const DEALS: Mapping = {
  ...EMPTY_MAPPING,
  kind: 'deals',
  preset: 'pipedrive',
  columns: [
    { field: 'deal_id', header: 'Deal - ID' },
    { field: 'currency', header: '' },
  ],
  dateOrder: 'day-first',
  decimalMark: 'comma',
  timeZone: 'Europe/Berlin',
  currency: 'EUR',
  stages: [{ stage: 'Payment: Done', outcome: 'won' }],
  owners: [{ owner: 'Jürgen Müller', rep: 'jurgen-muller' }],
};
const CALLS: Mapping = { ...EMPTY_MAPPING, kind: 'activities', preset: 'hubspot-calls' };

describe('the Import Mapping tab', () => {
  it('reads back what it wrote, one mapping per kind', () => {
    const read = readMappingGrid(mappingGrid([{ mapping: DEALS }, { mapping: CALLS }]));
    expect(read.issues).toEqual([]);
    expect(read.mappings).toEqual([DEALS, CALLS]);
  });

  it('writes open questions as rows with a blank value, which read as unanswered', () => {
    const grid = mappingGrid([
      {
        mapping: { ...DEALS, dateOrder: null },
        questions: [{ kind: 'date-order', example: '03/04/2024' }],
      },
    ]);
    expect(grid.filter((r) => r[0] === 'date_order')).toEqual([
      [
        'date_order',
        '',
        expect.stringContaining('ANSWER: is 03/04/2024 day-first or month-first?'),
      ],
    ]);
    expect(readMappingGrid(grid).mappings[0]!.dateOrder).toBeNull();
  });

  it.each([
    ['stage:Paid', 'maybe', 'Type won, lost, open or ignore.'],
    ['date_order', 'sideways', 'Type day-first or month-first.'],
    ['preset', 'sugarcrm', 'Type one of'],
    ['colour', 'blue', 'Use kind, preset'],
  ])('reports %s = %s and does not use it', (key, value, fix) => {
    const read = readMappingGrid([
      ['key', 'value'],
      ['kind', 'deals'],
      [key, value],
    ]);
    expect(read.issues).toEqual([
      expect.objectContaining({ row: 3, severity: 'warning', fix: expect.stringContaining(fix) }),
    ]);
    expect(read.mappings).toEqual([{ ...EMPTY_MAPPING, kind: 'deals' }]);
  });

  it('picks the mapping of the export kind, and replaces only that one', () => {
    expect(mappingFor([DEALS, CALLS], 'activities')).toBe(CALLS);
    expect(mappingFor([DEALS], 'activities')).toBe(EMPTY_MAPPING);
    const newer = { ...CALLS, timeZone: 'UTC' };
    expect(withMapping([DEALS, CALLS], newer)).toEqual([DEALS, newer]);
  });
});
