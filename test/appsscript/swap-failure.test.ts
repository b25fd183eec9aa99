// A failure at any step of the output swap: the old outputs stay, no staging tab is left, and the alert says what happened.
import { describe, expect, it } from 'vitest';
import type { FakeSpreadsheet } from './fake';
import type { CallRecord } from './fake/recorder';
import { addon, cellMap, demoGrids, fill } from './helpers';

type Addon = ReturnType<typeof addon>;

/** Whether a call is one the swap makes (and only the swap): marker updates, renames, showing the new tabs. */
function isSwap(c: CallRecord): boolean {
  return (
    (c.service === 'DeveloperMetadata' && c.method === 'setValue') ||
    c.method === 'setName' ||
    c.method === 'showSheet'
  );
}

/** Names the swap's calls in order: the old tabs are moved aside first, then the new ones put in. */
function swapKinds(calls: readonly CallRecord[]): string[] {
  let newPhase = false;
  return calls.filter(isSwap).map((c) => {
    if (c.method === 'setName' && c.sheet?.startsWith('bellringer-staging')) newPhase = true;
    if (c.method === 'showSheet') return 'show new';
    const verb = c.method === 'setName' ? 'rename' : 'mark';
    return `${verb} ${newPhase ? 'new' : 'old'}`;
  });
}

function recalculatedTwiceReady(): Addon {
  const a = addon();
  fill(a.google.spreadsheet, demoGrids());
  a.call('recalculateNow');
  return a;
}

/** Everything a manager could see: tab order, hidden flags and every cell. */
function state(ss: FakeSpreadsheet) {
  const names = ss.sheets.map((s) => s.name);
  return { names, hidden: ss.sheets.map((s) => s.hidden), cells: cellMap(ss, names) };
}

/** Tabs holding a Bellringer marker that is not a live output (staging or retired). */
function strays(ss: FakeSpreadsheet): string[] {
  return ss.sheets
    .filter((s) =>
      s.metadata.some(
        (m) => m.key === 'bellringer.output' && !m.value?.includes('"state":"output"'),
      ),
    )
    .map((s) => s.name);
}

// The swap's calls in a clean second run, by kind, in order.
const probe = recalculatedTwiceReady();
probe.google.recorder.clear();
probe.call('recalculateNow');
const SWAP = swapKinds(probe.google.recorder.calls);
const STEPS: [string, number][] = [];
for (const kind of new Set(SWAP)) {
  STEPS.push([`the first "${kind}"`, SWAP.indexOf(kind)]);
  STEPS.push([`the last "${kind}"`, SWAP.lastIndexOf(kind)]);
}

/** Fails the n-th swap call (0-based); with `persist`, that call and every write after it. */
function failAt(a: Addon, n: number, persist: boolean): void {
  let seen = 0;
  let broken = false;
  a.google.env.failOn = (c) => {
    if (broken)
      return ['setName', 'setValue', 'showSheet', 'hideSheet', 'deleteSheet'].includes(c.method);
    if (!isSwap(c)) return false;
    if (seen++ !== n) return false;
    broken = persist;
    return true;
  };
}

describe('The swap', () => {
  it('has every kind of step the tests below break', () => {
    expect(new Set(SWAP)).toEqual(
      new Set(['mark old', 'rename old', 'rename new', 'mark new', 'show new']),
    );
  });

  it.each(STEPS)('failing once at %s (call %i) puts everything back', (_what, n) => {
    const a = recalculatedTwiceReady();
    const ss = a.google.spreadsheet;
    const before = state(ss);
    failAt(a, n, false);
    a.call('recalculateNow');
    a.google.env.failOn = undefined;
    expect(state(ss)).toEqual(before);
    expect(strays(ss)).toEqual([]);
    const alert = a.google.ui.alerts.at(-1)!;
    expect(alert.title).toMatch(/Recalculate now failed/);
    expect(alert.message).toMatch(/Bellringer put everything back/);
    expect(alert.message).toMatch(/What to do/);
  });

  it.each(STEPS)(
    'failing for good from %s (call %i) says which tabs are where, and the next run mends it',
    (_what, n) => {
      const a = recalculatedTwiceReady();
      const ss = a.google.spreadsheet;
      const outputs = ss.sheets.map((s) => s.name).filter((n) => !(n in demoGrids()));
      const inputs = cellMap(ss, Object.keys(demoGrids()));
      failAt(a, n, true);
      a.call('recalculateNow');
      a.google.env.failOn = undefined;
      const alert = a.google.ui.alerts.at(-1)!;
      expect(alert.title).toMatch(/failed/);
      const named = [...alert.message.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
      if (strays(ss).length > 0 || !outputs.every((o) => ss.sheet(o))) {
        // Not everything could be put back: the alert says so and names tabs that exist.
        expect(alert.message).not.toMatch(/put everything back/);
        expect(named.length).toBeGreaterThan(0);
      }
      for (const name of named) expect(ss.sheet(name), name).toBeDefined();
      a.call('recalculateNow');
      expect(a.google.ui.alerts.at(-1)!.title).not.toMatch(/failed/);
      expect(ss.sheets.map((s) => s.name).filter((x) => !(x in demoGrids()))).toEqual(outputs);
      expect(strays(ss)).toEqual([]);
      expect(cellMap(ss, Object.keys(demoGrids()))).toEqual(inputs);
    },
  );

  it('says so when an old tab cannot be deleted after a good swap, and the next run removes it', () => {
    const a = recalculatedTwiceReady();
    const ss = a.google.spreadsheet;
    a.google.env.failOn = (c) => c.method === 'deleteSheet' && c.sheet === 'bellringer-old Hiring';
    a.call('recalculateNow');
    a.google.env.failOn = undefined;
    const summary = a.google.ui.alerts.at(-1)!;
    expect(summary.title).not.toMatch(/failed/);
    expect(summary.message).toContain('"bellringer-old Hiring"; the next Recalculate removes them');
    expect(ss.sheet('Hiring')?.grid()[0]).toContain('candidate_id');
    a.call('recalculateNow');
    expect(ss.sheet('bellringer-old Hiring')).toBeUndefined();
  });

  it('names the half-written tabs it could not remove when writing fails, and the next run removes them', () => {
    const a = recalculatedTwiceReady();
    const ss = a.google.spreadsheet;
    const before = state(ss);
    a.google.env.failOn = (c) =>
      (c.method === 'setValues' && c.sheet === 'bellringer-staging Issues') ||
      (c.method === 'deleteSheet' && c.sheet === 'bellringer-staging Scorecard');
    a.call('recalculateNow');
    a.google.env.failOn = undefined;
    const alert = a.google.ui.alerts.at(-1)!;
    expect(alert.message).toContain(
      'refused to remove the half-written tabs "bellringer-staging Scorecard"',
    );
    expect(ss.sheet('bellringer-staging Scorecard')?.hidden).toBe(true);
    a.call('recalculateNow');
    expect(state(ss).names).toEqual(before.names);
  });
});
