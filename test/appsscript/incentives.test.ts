// The sidebar's what-if and the Commission statement dialog, against real recalculations of the Commissions tab.
import { describe, expect, it } from 'vitest';
import { MENU } from '../../appsscript/src/menu';
import type { StatementData, StatementResult } from '../../appsscript/src/statement/types';
import type { WhatIfData } from '../../appsscript/src/dashboard/toolkit-types';
import { runEngine } from '../../shared/engine';
import { statementLines, whatIfText } from '../../shared/incentives';
import { parseIsoDay, isoDay } from '../../shared/time';
import { AS_OF, addon, demoGrids, fill, NOW, TIME_ZONE } from './helpers';

function demo() {
  const a = addon();
  fill(a.google.spreadsheet, demoGrids());
  return a;
}

type Addon = ReturnType<typeof demo>;

/** The Commissions tab's total for a rep's current or closed (previous) period, as written. */
function commissionTotal(a: Addon, repId: string, status: 'current' | 'closed'): number {
  const [header, ...rows] = a.google.spreadsheet.sheet('Commissions')!.grid();
  const col = (n: string) => header!.indexOf(n);
  const row = rows.find((r) => r[col('rep_id')] === repId && r[col('status')] === status);
  if (!row) throw new Error(`No ${status} Commissions row for ${repId}`);
  return row[col('total')] as number;
}

/** Appends a won deal closed today to the fake's Deals tab, as a manager would type it. */
function addWonDeal(a: Addon, repId: string, amount: number): void {
  const sheet = a.google.spreadsheet.sheet('Deals')!;
  const header = sheet.grid()[0]!.map(String);
  const values: Record<string, unknown> = {
    deal_id: 'D-WHATIF',
    rep_id: repId,
    account: 'What-if Inc',
    product: 'Platform',
    amount,
    stage: 'Closed Won',
    status: 'won',
    created_date: AS_OF,
    close_date: AS_OF,
  };
  sheet.appendRow(header.map((h) => (values[h] ?? '') as string));
}

let engine: ReturnType<typeof runEngine> | null = null;
function direct() {
  engine ??= runEngine(demoGrids(), { now: NOW, defaultTimeZone: TIME_ZONE });
  return engine;
}

describe('getWhatIf equals a real recalculation after adding the deal', () => {
  // R01 is on a quarterly plan at 81.5% (40,000 more crosses the 100% tier); R02 on a monthly one.
  it.each([
    ['R01', 5000],
    ['R01', 40000],
    ['R02', 12000],
    ['R07', 2500.5],
  ])('%s closing %d more', (repId, amount) => {
    const a = demo();
    a.call('recalculateNow');
    const before = commissionTotal(a, repId, 'current');
    const w = a.call('getWhatIf', repId, amount) as WhatIfData;
    addWonDeal(a, repId, amount);
    a.call('recalculateNow');
    const after = commissionTotal(a, repId, 'current');
    expect(w.before?.total).toBe(before);
    expect(w.after?.total).toBe(after);
    expect(w.delta).toBe(Math.round((after - before) * 100) / 100);
    expect(w.delta).toBeGreaterThan(0);
    expect(w.explanation).toMatch(/^Close .* more this period and earn .* more/);
  });

  it('is the engine whatIf result for the same inputs', () => {
    const w = demo().call('getWhatIf', 'R03', 7000);
    const engine = direct();
    const expected = engine.model.incentives.whatIf('R03', 7000);
    const explanation = whatIfText(expected, engine.settings.currency);
    expect(w).toEqual(JSON.parse(JSON.stringify({ ...expected, explanation })));
  });

  it('accepts the amount as typed in the input (a numeric string)', () => {
    const a = demo();
    expect((a.call('getWhatIf', 'R01', ' 5000 ') as WhatIfData).delta).toBe(
      (a.call('getWhatIf', 'R01', 5000) as WhatIfData).delta,
    );
  });

  it.each([
    ['R01', -5, /cannot be negative/],
    ['R01', 'lots', /as a number/],
    ['R01', '', /as a number/],
    ['R01', Number.POSITIVE_INFINITY, /as a number/],
    ['NOBODY', 100, /no rep with rep_id "NOBODY"/],
  ])('refuses %s with %s, writing nothing', (repId, amount, message) => {
    const a = demo();
    a.google.recorder.clear();
    expect(() => a.call('getWhatIf', repId, amount)).toThrow(message);
    expect(a.google.recorder.writes()).toEqual([]);
  });
});

describe('Commission statement', () => {
  it('is a menu item that names the dialog handler', () => {
    expect(MENU).toContainEqual({
      caption: 'Commission statement…',
      handler: 'showStatementDialog',
    });
    expect(demo().hasTopLevelFunction('showStatementDialog')).toBe(true);
  });

  it('opens the Statement page in a modal dialog', () => {
    const a = demo();
    a.call('showStatementDialog');
    const d = a.google.ui.dialogs.at(-1)!;
    expect(d.title).toBe('Commission statement');
    expect(d.output.getContent()).toContain('<br-statement-dialog>');
    expect(d.output.getContent()).toContain('window.print()');
  });

  it('offers the reps a plan pays this period, by name', () => {
    const o = demo().call('getStatementOptions') as {
      asOf: string;
      reps: { repId: string; name: string }[];
    };
    expect(o.asOf).toBe(AS_OF);
    const paid = direct()
      .model.incentives.rows.filter((r) => r.status === 'current')
      .map((r) => r.payout.repId);
    expect(o.reps.map((r) => r.repId).sort()).toEqual([...new Set(paid)].sort());
    const names = o.reps.map((r) => r.name);
    expect(names).toEqual([...names].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
  });

  it("current: the engine's statement, whose total is the Commissions tab's and whose deals are the rep's wins in the period", () => {
    const a = demo();
    a.call('recalculateNow');
    const s = a.call('getStatement', 'R01', 'current') as StatementData;
    expect(s.kind).toBe('statement');
    const engine = direct();
    const statement = engine.model.incentives.statement('R01')!;
    expect(s.lines).toEqual(statementLines(statement, engine.settings.currency));
    expect(s.total).toBe(commissionTotal(a, 'R01', 'current'));
    expect(s.rows.at(-1)).toMatchObject({ item: 'Total', amount: s.total });
    expect(s.start <= AS_OF && AS_OF <= s.end).toBe(true);
    // The deals listed are exactly R01's won deals closed in the period, from the Deals tab.
    const [header, ...deals] = demoGrids().Deals!;
    const col = (n: string) => header!.indexOf(n);
    const won = deals
      .filter(
        (d) =>
          d[col('rep_id')] === 'R01' &&
          d[col('status')] === 'won' &&
          String(d[col('close_date')]) >= s.start &&
          String(d[col('close_date')]) <= AS_OF,
      )
      .map((d) => `Deal ${d[col('deal_id')]}`)
      .sort();
    const listed = s.rows
      .filter((r) => r.item.startsWith('Deal '))
      .map((r) => r.item)
      .sort();
    expect(listed).toEqual(won);
    const revenue = s.rows.find((r) => r.item === 'Revenue')!.amount;
    const sum = s.rows.filter((r) => r.item.startsWith('Deal ')).reduce((t, r) => t + r.amount!, 0);
    expect(revenue).toBe(sum);
  });

  it("previous: the period just before the current one, whose total is the Commissions tab's closed row", () => {
    const a = demo();
    a.call('recalculateNow');
    for (const repId of ['R01', 'R02']) {
      const cur = a.call('getStatement', repId, 'current') as StatementData;
      const prev = a.call('getStatement', repId, 'previous') as StatementData;
      expect(prev.kind).toBe('statement');
      expect(prev.which).toBe('previous');
      expect(prev.end).toBe(isoDay(parseIsoDay(cur.start)! - 1));
      expect(prev.total).toBe(commissionTotal(a, repId, 'closed'));
    }
  });

  it('says so when no commission plan pays the rep', () => {
    const a = addon();
    const { 'Commission Plans': _, ...grids } = demoGrids();
    fill(a.google.spreadsheet, grids);
    expect((a.call('getStatementOptions') as { reps: unknown[] }).reps).toEqual([]);
    const r = a.call('getStatement', 'R01', 'current') as StatementResult;
    expect(r.kind).toBe('none');
    expect(r.kind === 'none' && r.message).toMatch(/No commission plan pays Noah Park/);
  });

  it.each([
    ['NOBODY', 'current', /no rep with rep_id "NOBODY"/],
    ['R01', 'last year', /current or the previous period/],
  ])('refuses %s / %s with a clear message', (repId, which, message) => {
    expect(() => demo().call('getStatement', repId, which)).toThrow(message);
  });

  it('writes to no tab: options, statements and the dialog', () => {
    const a = demo();
    a.google.recorder.clear();
    a.call('showStatementDialog');
    const answers = [
      a.call('getStatementOptions'),
      a.call('getStatement', 'R01', 'current'),
      a.call('getStatement', 'R01', 'previous'),
    ];
    expect(a.google.recorder.writes()).toEqual([]);
    for (const x of answers) expect(JSON.parse(JSON.stringify(x))).toEqual(x);
  });
});
