// withAnswers: the dialog's answers read by the Import Mapping tab's own reader, so a bad answer is refused the same way.
import { describe, expect, it } from 'vitest';
import { EMPTY_MAPPING, type Mapping, savedMappingFor, withAnswers } from '../../../shared/import';

const BASE: Mapping = {
  ...EMPTY_MAPPING,
  kind: 'deals',
  stages: [{ stage: 'Won', outcome: 'won' }],
};

describe('withAnswers', () => {
  it.each([
    ['a stage', 'stage:Payment Done', 'won', (m: Mapping) => m.stages],
    ['the date order', 'date_order', 'month-first', (m: Mapping) => m.dateOrder],
    ['the decimal mark', 'decimal_mark', 'comma', (m: Mapping) => m.decimalMark],
    ['an owner', 'owner:J. Müller', 'new', (m: Mapping) => m.owners],
    ['a column', 'column:deal_id', 'Auftrag', (m: Mapping) => m.columns],
  ])('adds %s', (_, key, value, pick) => {
    const { mapping, issues } = withAnswers(BASE, [{ key, value }]);
    expect(issues).toEqual([]);
    expect(JSON.stringify(pick(mapping))).toContain(value);
    expect(mapping.stages).toContainEqual({ stage: 'Won', outcome: 'won' });
  });

  it('answers the kind in place of the first row, keeping the rest of the mapping', () => {
    const { mapping } = withAnswers({ ...BASE, kind: null }, [
      { key: 'kind', value: 'activities' },
    ]);
    expect(mapping.kind).toBe('activities');
    expect(mapping.stages).toEqual(BASE.stages);
  });

  it('refuses a value the tab would refuse, with the same issue, so it is asked again', () => {
    const { mapping, issues } = withAnswers(BASE, [{ key: 'stage:C', value: 'maybe' }]);
    expect(mapping.stages.map((s) => s.stage)).toEqual(['Won']);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.fix).toMatch(/won, lost, open or ignore/);
  });

  it('ignores blank answers', () => {
    expect(withAnswers(BASE, [{ key: 'date_order', value: ' ' }]).mapping).toEqual(BASE);
  });
});

describe('savedMappingFor', () => {
  it("picks the saved section of the kind the export's columns suggest", () => {
    const deals: Mapping = { ...EMPTY_MAPPING, kind: 'deals', currency: 'EUR' };
    const calls: Mapping = { ...EMPTY_MAPPING, kind: 'activities', currency: 'USD' };
    expect(savedMappingFor([deals, calls], [['Owner', 'Amount', 'Stage']])).toBe(deals);
    expect(savedMappingFor([deals, calls], [['Owner', 'Date', 'Type']])).toBe(calls);
  });
});
