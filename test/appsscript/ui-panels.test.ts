// @vitest-environment happy-dom
// The sidebar's Team health, rep panel and what-if, and the statement dialog, render server text as text.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../appsscript/src/ui/br-rep-panel';
import '../../appsscript/src/ui/br-statement-dialog';
import '../../appsscript/src/ui/br-team-health';
import type { RepPanelData, WhatIfData } from '../../appsscript/src/dashboard/toolkit-types';
import type { StatementData, StatementOptions } from '../../appsscript/src/statement/types';
import {
  clearDom,
  deepQueryAll,
  deepText,
  expectNoInjectedElement,
  HOSTILE,
  health,
  mount,
  settle,
  resetDom,
  stubServer,
} from './ui-dom';

const panel: RepPanelData = {
  repId: 'R03',
  name: 'Ana',
  currency: 'USD',
  asOf: '2026-11-26',
  tier: 'C',
  summary: `C: 55% over 3 months, falling; ${HOSTILE}`,
  month: { period: '2026-11', revenue: 20000, target: 40000, attainmentPct: 50 },
  coaching: {
    lastSession: '2026-11-20',
    daysSince: 6,
    overdue: false,
    sessions: [
      {
        date: '2026-11-20',
        focus: HOSTILE,
        nextStep: 'Book 10 meetings',
        followUp: '2026-11-27',
        followUpState: 'due',
      },
    ],
    totalSessions: 7,
  },
  plan: {
    planId: 'AP-01',
    metric: 'revenue',
    target: 45000,
    value: 30000,
    progressPct: 66.7,
    elapsedPct: 75,
    ends: '2026-12-16',
    daysLeft: 20,
    nextCheckIn: { date: '2026-11-26', state: 'due' },
  },
  proposal: null,
  training: [{ course: 'Objection Handling', due: '2026-10-01', state: 'overdue' }],
  commission: { period: '2026-11', total: 4080 },
  privateLink: null,
};

const whatIf: WhatIfData = {
  kind: 'change',
  repId: 'R03',
  extraAmount: 5000,
  before: { total: 4080, revenue: 20000, attainmentPct: 50 },
  after: { total: 4455, revenue: 25000, attainmentPct: 62.5 },
  delta: 375,
  explanation: `Close $5,000 more this period and earn $375 more. ${HOSTILE}`,
};

beforeEach(resetDom);
afterEach(clearDom);

describe('<br-team-health>', () => {
  it('shows the tier counts, plans, coaching, training and each role’s funnel, titles as text', async () => {
    stubServer({});
    const el = await mount('br-team-health', { health });
    const text = deepText(el);
    expect(text).toMatch(/4 Tier A.*5 Tier B.*2 Tier C.*0 Untiered/);
    expect(text).toContain('Open action plans: 1');
    expect(text).toContain('Proposed action plans: 1');
    expect(text).toContain('Coaching overdue: 1');
    expect(text).toContain('Training overdue: 15');
    const rows = deepQueryAll(el, 'tbody tr').map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['sourced', '2'],
      ['offer', '1'],
    ]);
    expect(text).toContain('1 stalled');
    expect(text).toContain(HOSTILE);
    expectNoInjectedElement(el);
  });
});

describe('<br-rep-panel>', () => {
  it('loads the chosen rep, shows tier, month, coaching history, plan, training, as text', async () => {
    const calls = stubServer({ getRepPanel: () => panel });
    const el = await mount('br-rep-panel', {
      reps: [{ repId: 'R03', name: 'Ana', tier: 'C' }],
    });
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'R03';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(calls).toEqual([{ name: 'getRepPanel', args: ['R03'] }]);
    const text = deepText(el);
    expect(text).toContain('Tier C');
    expect(text).toContain('2026-11: $20,000 of $40,000 = 50%');
    expect(text).toContain('Last session 2026-11-20 (6 days ago)');
    expect(text).toContain('Next step: Book 10 meetings');
    expect(text).toContain('Follow-up 2026-11-27 (due)');
    expect(text).toContain('6 earlier sessions');
    expect(text).toContain('Next check-in 2026-11-26 (due)');
    expect(text).toContain('Objection Handling: overdue (due 2026-10-01)');
    expect(text).toContain(HOSTILE);
    expectNoInjectedElement(el);
  });

  it("shows the rep's private link in a read-only box, and says how to get one when there is none", async () => {
    const link = 'https://team.example/private.html?data=x#b=1&k=2';
    stubServer({ getRepPanel: () => ({ ...panel, privateLink: link }) });
    const el = await mount('br-rep-panel', { reps: [{ repId: 'R03', name: 'Ana', tier: 'C' }] });
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'R03';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('#private-link')!;
    expect(box.value).toBe(link);
    expect(box.readOnly).toBe(true);
    expect(deepText(el)).toContain('hand it over privately');
    stubServer({ getRepPanel: () => panel });
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.shadowRoot!.querySelector('#private-link')).toBeNull();
    expect(deepText(el)).toContain('No private link yet');
  });

  it('asks getWhatIf for the typed amount and shows the answer', async () => {
    const calls = stubServer({ getRepPanel: () => panel, getWhatIf: () => whatIf });
    const el = await mount('br-rep-panel', { reps: [{ repId: 'R03', name: 'Ana', tier: 'C' }] });
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'R03';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    const form = deepQueryAll(el, 'br-what-if')[0]!.shadowRoot!.querySelector('form')!;
    (form.querySelector('input') as HTMLInputElement).value = '5000';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle(el);
    expect(calls.at(-1)).toEqual({ name: 'getWhatIf', args: ['R03', '5000'] });
    const text = deepText(el);
    expect(text).toContain('Close $5,000 more, earn $375 more');
    expect(text).toContain(HOSTILE);
    expectNoInjectedElement(el);
  });

  it('shows the server’s message when the rep cannot be loaded', async () => {
    stubServer({
      getRepPanel: () => {
        throw new Error('There is no rep with rep_id "X" in Reps.');
      },
    });
    const el = await mount('br-rep-panel', { reps: [{ repId: 'X', name: 'X', tier: null }] });
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'X';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(deepText(el)).toContain('There is no rep with rep_id "X" in Reps.');
  });
});

describe('<br-statement-dialog>', () => {
  const options: StatementOptions = {
    asOf: '2026-11-26',
    reps: [{ repId: 'R01', name: 'Noah Park' }],
  };
  const statement: StatementData = {
    kind: 'statement',
    repId: 'R01',
    name: 'Noah Park',
    which: 'previous',
    currency: 'USD',
    asOf: '2026-11-26',
    planId: 'PLAN-R01',
    period: '2026-Q3',
    start: '2026-07-01',
    end: '2026-09-30',
    lines: ['Commission statement: Noah Park (R01)', HOSTILE],
    rows: [
      { item: 'Deal D-1', detail: HOSTILE, amount: 1000.5 },
      { item: 'Total', detail: 'Base 10%', amount: 100.05 },
    ],
    total: 100.05,
  };

  it('asks for the chosen rep and period, shows the table and lines as text, and prints', async () => {
    const calls = stubServer({
      getStatementOptions: () => options,
      getStatement: () => statement,
    });
    const print = vi.fn();
    window.print = print;
    const el = await mount('br-statement-dialog');
    const root = el.shadowRoot!;
    (root.querySelector('select[name=which]') as HTMLSelectElement).value = 'previous';
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle(el);
    expect(calls.map((c) => c.name)).toEqual(['getStatementOptions', 'getStatement']);
    expect(calls[1]!.args).toEqual(['R01', 'previous']);
    const text = deepText(el);
    expect(text).toContain('Commission statement: Noah Park (R01)');
    expect(text).toContain('2026-Q3: 2026-07-01 to 2026-09-30');
    expect(text).toContain('$1,000.50');
    expect(text).toContain('$100.05');
    expect(text).toContain(HOSTILE);
    expectNoInjectedElement(el);
    const printButton = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Print',
    )!;
    expect(printButton.disabled).toBe(false);
    printButton.click();
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('explains what to do when no plan pays anyone', async () => {
    stubServer({ getStatementOptions: () => ({ asOf: '2026-11-26', reps: [] }) });
    const el = await mount('br-statement-dialog');
    expect(deepText(el)).toMatch(/No commission plan pays anyone as of 2026-11-26/);
  });
});
