// Dates as CRM exports write them: one order for the whole export, times converted to the workbook's zone.
import { describe, expect, it } from 'vitest';
import { type DateContext, decideDateOrder, readDate } from '../../../shared/import';
import { isoAt } from '../../../shared/time';

const UTC: DateContext = { order: 'day-first', exportZone: 'UTC', workbookZone: 'UTC' };

function read(cell: string | number | Date, ctx: Partial<DateContext> = {}) {
  const d = readDate(cell, { ...UTC, ...ctx });
  return d === null ? null : `${isoAt(d.at)}${d.hasTime ? '' : ' (day)'}`;
}

describe('readDate', () => {
  it.each([
    ['2024-06-21', {}, '2024-06-21 00:00 (day)'],
    ['2024-06-21 14:32', {}, '2024-06-21 14:32'],
    ['2024-06-21T14:32:10Z', { workbookZone: 'Europe/Berlin' }, '2024-06-21 16:32'],
    ['2024-06-21 14:32', { exportZone: 'America/New_York' }, '2024-06-21 18:32'],
    ['15.01.2024 10:00', { exportZone: 'Europe/Berlin' }, '2024-01-15 09:00'],
    ['21.06.2024', {}, '2024-06-21 00:00 (day)'],
    ['21/06/24', {}, '2024-06-21 00:00 (day)'],
    ['03/04/2024', { order: 'month-first' }, '2024-03-04 00:00 (day)'],
    ['6/21/2024 10:15 AM', { order: 'month-first' }, '2024-06-21 10:15'],
    ['6/21/2024 12:05 AM', { order: 'month-first' }, '2024-06-21 00:05'],
    ['20180111', {}, '2018-01-11 00:00 (day)'],
    [20180111, {}, '2018-01-11 00:00 (day)'],
    ['2024/06/21', {}, '2024-06-21 00:00 (day)'],
    [45464, {}, '2024-06-21 00:00 (day)'],
    ['45464.5', {}, '2024-06-21 12:00'],
  ] as const)('reads %j with %j as %s', (cell, ctx, expected) => {
    expect(read(cell, ctx)).toBe(expected);
  });

  it.each([
    ['31.02.2024'],
    ['13/13/2024'],
    ['2024-13-01'],
    ['2026'],
    ['tomorrow'],
    ['6/21/2024 13:00 PM'],
  ])('rejects %s', (cell) => {
    expect(read(cell, { order: 'month-first' })).toBeNull();
  });
});

describe('decideDateOrder', () => {
  it.each([
    [['21.06.2024', '03.04.2024'], { kind: 'decided', order: 'day-first' }],
    [['6/21/2024', '3/4/2024'], { kind: 'decided', order: 'month-first' }],
    [['2024-06-21', '20240621'], { kind: 'none' }],
    [['03/04/2024', '05/06/2024'], { kind: 'ambiguous', example: '03/04/2024' }],
    [['04/04/2024'], { kind: 'none' }],
    [['21/06/2024', '22/06/2024', '6/23/2024'], { kind: 'mixed', order: 'day-first' }],
  ] as const)('decides %j as %j', (cells, decision) => {
    expect(decideDateOrder(cells)).toEqual(decision);
  });
});
