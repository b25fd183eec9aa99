// runEngine over the demo workbook: every output tab, a valid snapshot, determinism and resilience.
import { describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../shared/demo';
import { OUTPUT_TABS, runEngine } from '../../shared/engine';
import { serializeSnapshot } from '../../shared/snapshot/build';
import { validateSnapshot } from '../../shared/snapshot/validate';

const grids = generateDemoWorkbook({ seed: 7, asOf: '2026-11-26' });
const options = {
  now: new Date('2026-11-26T15:00:00Z'),
  defaultTimeZone: 'UTC',
  asOf: '2026-11-26',
};

describe('runEngine on the demo workbook', () => {
  const result = runEngine(grids, options);

  it('writes every output tab of the spec, in order', () => {
    expect(result.tables.map((t) => t.tab)).toEqual([...OUTPUT_TABS]);
  });

  it('gives every table a header note and rows as wide as the header', () => {
    for (const table of result.tables) {
      expect(table.note.length, table.tab).toBeGreaterThan(20);
      for (const row of table.rows) expect(row.length, table.tab).toBe(table.header.length);
    }
  });

  it('fills the scorecard for every active rep and four period kinds', () => {
    const active = result.workbook.reps.filter((r) => r.active).length;
    const scorecard = result.tables.find((t) => t.tab === 'Scorecard');
    expect(scorecard?.rows.length).toBe(active * 4);
  });

  it('produces a snapshot valid against its own schema', () => {
    const check = validateSnapshot(JSON.parse(serializeSnapshot(result.snapshot)));
    expect(check.ok ? 'ok' : check.reason).toBe('ok');
  });

  it('is byte-identical when run again with the same input', () => {
    const again = runEngine(grids, options);
    expect(serializeSnapshot(again.snapshot)).toBe(serializeSnapshot(result.snapshot));
    expect(JSON.stringify(again.tables)).toBe(JSON.stringify(result.tables));
  });

  it('takes as-of from now in the workbook time zone when not given', () => {
    const late = runEngine(grids, {
      now: new Date('2026-11-26T23:30:00Z'),
      defaultTimeZone: 'UTC',
      timeZone: 'Pacific/Auckland',
    });
    expect(late.snapshot.asOf).toBe('2026-11-27');
  });

  it('reports a bad as-of date and carries on', () => {
    const bad = runEngine(grids, { ...options, asOf: '2026-02-30' });
    expect(bad.issues.some((i) => i.value === '2026-02-30')).toBe(true);
    expect(bad.tables.length).toBe(OUTPUT_TABS.length);
  });

  it('merges the input issues the platform found into the issues and the Issues tab, sorted', () => {
    const reader = (tab: string, row: number | null) => ({
      tab,
      row,
      column: null,
      value: null,
      problem: `reader problem on ${tab}`,
      fix: 'Fix the file.',
      severity: 'warning' as const,
    });
    const inputIssues = [reader('Odd.csv', null), reader('Deals', 3), reader('Reps', 2)];
    const withInput = runEngine(grids, { ...options, inputIssues });
    const plain = runEngine(grids, options);
    expect(withInput.issues.length).toBe(plain.issues.length + 3);
    const tabs = withInput.issues.map((i) => i.tab);
    // Spec tab order (Reps before Deals), unknown tabs such as a stray file last.
    expect(tabs.indexOf('Reps')).toBeLessThan(tabs.indexOf('Deals'));
    expect(tabs.at(-1)).toBe('Odd.csv');
    const deals = withInput.issues.filter((i) => i.tab === 'Deals').map((i) => i.row ?? 0);
    expect(deals).toEqual([...deals].sort((a, b) => a - b));
    const issuesTab = withInput.tables.find((t) => t.tab === 'Issues');
    expect(issuesTab?.rows.filter((r) => String(r).includes('reader problem')).length).toBe(3);
  });

  it('names periods, award windows and feed messages in a July fiscal year, not as calendar labels', () => {
    const july = {
      ...grids,
      Settings: grids.Settings!.map((row) =>
        row[0] === 'fiscal_year_start_month' ? [row[0], 7] : row,
      ),
    };
    const { snapshot } = runEngine(july, options);
    // FY2027 runs Jul 2026 - Jun 2027: on 26 Nov 2026 the quarter is its Q2, the year FY2027.
    const previous = Object.fromEntries(snapshot.periods.map((p) => [p.kind, p.previousName]));
    expect(previous).toMatchObject({ quarter: 'FY2027 Q1', year: 'FY2026', month: 'Oct 2026' });
    const windowed = snapshot.awards.filter((a) => a.window !== null);
    expect(windowed.length).toBeGreaterThan(0);
    const named = /^(FY\d{4}( Q[1-4])?|Week \d{1,2}, \d{4}|(\d{1,2} )?[A-Z][a-z]{2} \d{4})$/;
    for (const a of windowed) expect(a.windowName, a.window!).toMatch(named);
    const quarters = windowed.filter((a) => a.window!.includes('-Q'));
    for (const a of quarters) expect(a.windowName).toBe(`FY${a.window!.replace('-Q', ' Q')}`);
    for (const a of windowed) expect(a.windowName).not.toMatch(/^\d{4}(-|$)/);
    const badgeMessages = snapshot.recognition.filter((r) => r.kind === 'badge' && r.message);
    for (const r of badgeMessages) expect(r.message).not.toMatch(/for \d{4}(-|\.)/);
  });

  it('runs on an empty workbook: the Reps tab is missing, so nothing usable is published', () => {
    const empty = runEngine({}, options);
    expect(
      empty.issues.filter((i) => i.tab === 'Reps' && i.row === null).map((i) => i.problem),
    ).toEqual([
      'Nothing usable was read: no rep could be read from the Reps tab, so nothing is published.',
      'The Reps tab is missing, so nothing can be computed.',
    ]);
    expect(empty.nothingUsable).not.toBeNull();
    expect(validateSnapshot(JSON.parse(serializeSnapshot(empty.snapshot))).ok).toBe(true);
  });
});
