// @vitest-environment happy-dom
// The Dashboard sidebar draws the engine's ranks and figures as the tabs write them, and server text as text.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../appsscript/src/ui/br-addon-dashboard';
import type { DashboardData } from '../../appsscript/src/dashboard/types';
import {
  clearDom,
  deepQueryAll,
  deepText,
  expectNoInjectedElement,
  HOSTILE,
  health,
  mount,
  stubServer,
  resetDom,
} from './ui-dom';

beforeEach(resetDom);
afterEach(clearDom);

const top = (rank: number, repId: string, name: string, revenue: number, pct: number | null) => ({
  rank,
  repId,
  name,
  initials: name.slice(0, 2),
  revenue,
  attainmentPct: pct,
});

function dashboard(change: Partial<DashboardData> = {}): DashboardData {
  return {
    teamName: 'Summit',
    asOf: '2026-11-26',
    currency: 'USD',
    totals: [],
    top: [],
    contests: [],
    coachingDue: [],
    proposedPlans: [],
    issues: 0,
    badges: [],
    health,
    reps: [],
    ...change,
  };
}

async function sidebar(data: DashboardData) {
  stubServer({ getDashboardData: () => data });
  return mount('br-addon-dashboard');
}

describe('<br-addon-dashboard>', () => {
  it('draws the top 5 with the site’s bar chart, names as text, amounts and attainment', async () => {
    const el = await sidebar(
      dashboard({
        top: [top(1, 'R01', HOSTILE, 59400, 118.8), top(2, 'R02', 'Hana Jensen', 47800, null)],
      }),
    );
    const chart = deepQueryAll(el, 'br-bar-chart');
    expect(chart).toHaveLength(1);
    const text = deepText(chart[0]!);
    expect(text).toContain(HOSTILE);
    expect(text).toContain('$59,400 · 118.8%');
    expect(text).toContain('Hana Jensen $47,800');
    expectNoInjectedElement(el);
  });

  it('shows the ranks it is given: tied reps share one (1, 1, 3), never renumbered', async () => {
    const el = await sidebar(
      dashboard({
        top: [
          top(1, 'R3', 'Ana Tie', 5000, null),
          top(1, 'R2', 'Ben Tie', 5000, null),
          top(3, 'R1', 'Cy Low', 1000, null),
        ],
      }),
    );
    const chart = deepQueryAll(el, 'br-bar-chart')[0]!;
    const ranks = deepQueryAll(chart, '.rank').map((r) => r.textContent?.trim());
    expect(ranks).toEqual(['1', '1', '3']);
    expect(deepQueryAll(chart, '.rank').map((r) => r.getAttribute('aria-label'))).toEqual([
      'Rank 1',
      'Rank 1',
      'Rank 3',
    ]);
  });

  it('writes totals with the engine’s formatting: cents when there are any, one-decimal percent', async () => {
    const el = await sidebar(
      dashboard({
        totals: [
          {
            label: 'This month',
            period: '2026-11',
            revenue: 66334.275,
            wonDeals: 1234,
            newPipeline: 0,
            activityPoints: 12.5,
            attainmentPct: 288.75,
          },
        ],
      }),
    );
    const text = deepText(el);
    expect(text).toContain('This month (2026-11)');
    // Half up on the decimal value (issue 10 item 6), as the tabs and the CLI write it.
    expect(text).toContain('$66,334.28');
    expect(text).toContain('1,234 won · 288.8% of target');
    expect(text).toContain('12.5 activity points');
  });

  it('names every contest leader, tied leaders together, and writes names as text', async () => {
    const contest = (contestId: string, leaders: string[]) => ({
      contestId,
      name: `Race ${contestId}`,
      endsOn: '2026-11-30',
      leaders,
      leaderValue: null,
    });
    const el = await sidebar(
      dashboard({
        contests: [contest('A', ['Ana']), contest('B', ['Ana', HOSTILE]), contest('C', [])],
      }),
    );
    const text = deepText(el);
    expect(text).toContain('Race A: Ana leads');
    expect(text).toContain(`Race B: Ana and ${HOSTILE} lead`);
    expect(text).toContain('Race C: no leader yet');
    expectNoInjectedElement(el);
  });
});
