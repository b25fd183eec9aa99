// The demo workbook generator: deterministic per seed and as-of, and its data tells the intended stories.
import { describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../../shared/demo';
import type { Grid } from '../../../shared/workbook/grid';

/** Rows of a grid as objects keyed by header. */
function records(grid: Grid | undefined): Record<string, unknown>[] {
  const [header, ...rows] = grid ?? [];
  return rows.map((r) => Object.fromEntries((header ?? []).map((h, i) => [String(h), r[i]])));
}

const DAY = 86_400_000;
const dayOf = (iso: unknown) => Date.parse(`${String(iso).slice(0, 10)}T00:00:00Z`) / DAY;
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const monthOf = (iso: unknown) => String(iso).slice(0, 7);
/** The month label `offset` months before the as-of month. */
function monthBefore(asOf: string, offset: number): string {
  const d = new Date(`${asOf}T00:00:00Z`);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - offset);
  return d.toISOString().slice(0, 7);
}

const CASES = [
  { seed: 1, asOf: '2026-11-18' },
  { seed: 'bell', asOf: '2026-03-02' },
  { seed: 7, asOf: '2027-01-29' },
];

describe('generateDemoWorkbook determinism', () => {
  it('gives identical grids for the same seed and as-of', () => {
    expect(generateDemoWorkbook({ seed: 5, asOf: '2026-11-18' })).toEqual(
      generateDemoWorkbook({ seed: 5, asOf: '2026-11-18' }),
    );
  });
  it('gives different data for a different seed', () => {
    const a = generateDemoWorkbook({ seed: 5, asOf: '2026-11-18' });
    const b = generateDemoWorkbook({ seed: 6, asOf: '2026-11-18' });
    expect(b.Deals).not.toEqual(a.Deals);
    expect(b.Activities).not.toEqual(a.Activities);
  });
  it('treats a numeric seed and its text the same way', () => {
    expect(generateDemoWorkbook({ seed: 5, asOf: '2026-11-18' }).Deals).toEqual(
      generateDemoWorkbook({ seed: '5', asOf: '2026-11-18' }).Deals,
    );
  });
  it('rejects an as-of that is not a calendar date', () => {
    expect(() => generateDemoWorkbook({ seed: 1, asOf: '2026-02-30' })).toThrow(/calendar date/);
  });
});

describe.each(CASES)('the demo workbook (seed $seed, as of $asOf)', ({ seed, asOf }) => {
  const g = generateDemoWorkbook({ seed, asOf });
  const A = dayOf(asOf);
  const reps = records(g.Reps);
  // The last row of each of these tabs is a deliberate flaw for the Issues tab (flaws.test.ts).
  const deals = records(g.Deals).slice(0, -1);
  const activities = records(g.Activities).slice(0, -1);
  const targets = records(g.Targets).slice(0, -1);
  const settings = Object.fromEntries(records(g.Settings).map((r) => [r.setting, r.value]));
  const holidays = new Set(
    String(settings.holidays)
      .split(',')
      .map((s) => s.trim()),
  );
  const isWorkingDay = (iso: string) => {
    const wd = new Date(`${iso}T00:00:00Z`).getUTCDay();
    return wd >= 1 && wd <= 5 && !holidays.has(iso);
  };
  const wonByRepMonth = new Map<string, number>();
  for (const d of deals) {
    if (d.status !== 'won') continue;
    const key = `${d.rep_id}|${monthOf(d.close_date)}`;
    wonByRepMonth.set(key, (wonByRepMonth.get(key) ?? 0) + Number(d.amount));
  }
  const revenueTarget = new Map(
    targets
      .filter((t) => t.metric === 'revenue')
      .map((t) => [`${t.rep_id}|${t.period}`, Number(t.target)]),
  );
  const attainment = (repId: unknown, month: string) =>
    (wonByRepMonth.get(`${repId}|${month}`) ?? 0) /
    (revenueTarget.get(`${repId}|${month}`) ?? Number.NaN);
  const m1 = monthBefore(asOf, 1);
  const m2 = monthBefore(asOf, 2);
  const m3 = monthBefore(asOf, 3);

  it('has every input tab except Badges (the built-in catalogue applies)', () => {
    expect(Object.keys(g).sort()).toEqual(
      [
        'Action Plans',
        'Activities',
        'Candidates',
        'Coaching',
        'Commission Plans',
        'Contests',
        'Deals',
        'Recognition',
        'Reps',
        'Roles',
        'Settings',
        'Targets',
        'Training',
      ].sort(),
    );
  });

  it('has 12 reps in North and South: one private, one inactive, one new hire still in ramp', () => {
    expect(reps).toHaveLength(12);
    expect(new Set(reps.map((r) => r.team))).toEqual(new Set(['North', 'South']));
    expect(reps.filter((r) => r.public === false)).toHaveLength(1);
    expect(reps.filter((r) => r.active === false)).toHaveLength(1);
    // In ramp: fewer than ramp_months calendar months since the start date.
    const rampEnd = (start: unknown) => {
      const d = new Date(`${String(start)}T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() + Number(settings.ramp_months));
      return d.getTime() / DAY;
    };
    expect(reps.filter((r) => rampEnd(r.start_date) > A)).toHaveLength(1);
    expect(new Set(reps.map((r) => r.rep_id)).size).toBe(12);
  });

  it('logs about six months of activity on working days only, ending on the as-of day', () => {
    const days = activities.map((a) => String(a.date).slice(0, 10));
    expect(days.every(isWorkingDay)).toBe(true);
    expect(Math.max(...days.map(dayOf))).toBe(
      A - (isWorkingDay(asOf) ? 0 : A - Math.max(...days.map(dayOf))),
    );
    expect(A - Math.min(...days.map(dayOf))).toBeGreaterThan(175);
    expect(A - Math.min(...days.map(dayOf))).toBeLessThan(186);
    expect(holidays.size).toBeGreaterThanOrEqual(2);
  });

  it('mixes daily totals (with count) and single timestamped events', () => {
    expect(
      activities.some((a) => Number(a.count) > 1 && /^\d{4}-\d{2}-\d{2}$/.test(String(a.date))),
    ).toBe(true);
    expect(
      activities.some(
        (a) => a.count === '' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(String(a.date)),
      ),
    ).toBe(true);
  });

  it('has a believable funnel: 25-35% win rate, 10-60 day cycles, open deals, varied amounts', () => {
    const won = deals.filter((d) => d.status === 'won');
    const lost = deals.filter((d) => d.status === 'lost');
    const open = deals.filter((d) => d.status === 'open');
    const rate = won.length / (won.length + lost.length);
    expect(rate).toBeGreaterThan(0.25);
    expect(rate).toBeLessThan(0.35);
    expect(open.length).toBeGreaterThan(20);
    expect(open.every((d) => d.close_date === '' && dayOf(d.created_date) <= A)).toBe(true);
    const cycles = [...won, ...lost].map((d) => dayOf(d.close_date) - dayOf(d.created_date));
    expect(cycles.every((c) => c >= 0 && c <= 60)).toBe(true);
    expect(cycles.filter((c) => c >= 10).length / cycles.length).toBeGreaterThan(0.95);
    expect(deals.every((d) => d.close_date === '' || dayOf(d.close_date) <= A)).toBe(true);
    const amounts = won.map((d) => Number(d.amount)).sort((x, y) => x - y);
    expect(amounts[Math.floor(amounts.length * 0.9)]!).toBeGreaterThan(
      3 * amounts[Math.floor(amounts.length * 0.1)]!,
    );
  });

  it('has monthly revenue and call targets for every active rep this month and next', () => {
    const next = monthBefore(asOf, -1);
    for (const r of reps.filter((x) => x.active)) {
      for (const month of [monthBefore(asOf, 0), next]) {
        const metrics = targets
          .filter((t) => t.rep_id === r.rep_id && t.period === month)
          .map((t) => t.metric);
        expect(metrics.sort()).toEqual(['calls', 'revenue']);
      }
    }
  });

  it('tells the stories: a tier-A star, a struggler below 70% two months running (not in ramp), a comeback', () => {
    const tenured = reps.filter((r) => r.active && A - dayOf(r.start_date) > 120);
    const stars = tenured.filter((r) => [m1, m2, m3].every((m) => attainment(r.rep_id, m) >= 1.1));
    expect(stars).toHaveLength(1);
    const strugglers = tenured.filter(
      (r) => attainment(r.rep_id, m1) < 0.7 && attainment(r.rep_id, m2) < 0.7,
    );
    expect(strugglers).toHaveLength(1);
    const rise = (r: Record<string, unknown>) =>
      attainment(r.rep_id, m1) - attainment(r.rep_id, m2);
    const byRise = [...tenured].sort((a, b) => rise(b) - rise(a));
    expect(rise(byRise[0]!)).toBeGreaterThan(0.45);
    expect(rise(byRise[0]!) - rise(byRise[1]!)).toBeGreaterThan(0.15);
  });

  it('makes the comeback the largest percentage rise in won revenue last month, new hire included', () => {
    const won = (repId: unknown, month: string) => wonByRepMonth.get(`${repId}|${month}`) ?? 0;
    const pct = (r: Record<string, unknown>) =>
      won(r.rep_id, m2) > 0 ? won(r.rep_id, m1) / won(r.rep_id, m2) - 1 : Number.NEGATIVE_INFINITY;
    const ranked = reps.filter((r) => r.active).sort((a, b) => pct(b) - pct(a));
    const tenured = reps.filter((r) => r.active && A - dayOf(r.start_date) > 120);
    const comeback = [...tenured].sort(
      (a, b) =>
        attainment(b.rep_id, m1) -
        attainment(b.rep_id, m2) -
        (attainment(a.rep_id, m1) - attainment(a.rep_id, m2)),
    )[0]!;
    expect(ranked[0]!.rep_id).toBe(comeback.rep_id);
    expect(pct(ranked[0]!) - pct(ranked[1]!)).toBeGreaterThan(0.3);
  });

  it('has a hot streak: one rep logged 25+ calls every working day of the last 15, nobody else did', () => {
    const workDays: string[] = [];
    for (let d = A; workDays.length < 15; d--) if (isWorkingDay(isoOf(d))) workDays.push(isoOf(d));
    const calls = new Map<string, number>();
    for (const a of activities) {
      if (a.type !== 'call') continue;
      const key = `${a.rep_id}|${String(a.date).slice(0, 10)}`;
      calls.set(key, (calls.get(key) ?? 0) + (a.count === '' ? 1 : Number(a.count)));
    }
    const hot = reps.filter((r) =>
      workDays.every((d) => (calls.get(`${r.rep_id}|${d}`) ?? 0) >= 25),
    );
    expect(hot).toHaveLength(1);
  });

  it('has contests of every kind, live, final and upcoming at the as-of day', () => {
    const contests = records(g.Contests);
    expect(new Set(contests.map((c) => c.kind))).toEqual(
      new Set(['most', 'percent_of_target', 'first_to', 'team', 'streak', 'improvement']),
    );
    const status = (c: Record<string, unknown>) =>
      dayOf(c.start) > A ? 'upcoming' : dayOf(c.end) < A ? 'final' : 'live';
    const counts: Record<string, number> = {};
    for (const c of contests) counts[status(c)] = (counts[status(c)] ?? 0) + 1;
    expect(counts.upcoming).toBe(1);
    expect(counts.live).toBeGreaterThanOrEqual(3);
    expect(counts.final).toBeGreaterThanOrEqual(2);
  });

  it('has recognition (hi-fives and shout-outs only), training overdue and done, coaching overdue for one rep', () => {
    expect(new Set(records(g.Recognition).map((r) => r.kind))).toEqual(
      new Set(['hi-five', 'shout-out']),
    );
    const training = records(g.Training);
    expect(training.some((t) => t.completed === '' && dayOf(t.due) < A)).toBe(true);
    expect(training.some((t) => t.completed !== '' && Number(t.score) > 0)).toBe(true);
    const lastSession = new Map<unknown, number>();
    for (const c of records(g.Coaching))
      lastSession.set(c.rep_id, Math.max(lastSession.get(c.rep_id) ?? 0, dayOf(c.date)));
    const overdue = reps.filter(
      (r) =>
        r.active && A - (lastSession.get(r.rep_id) ?? 0) > Number(settings.coaching_cadence_days),
    );
    expect(overdue).toHaveLength(1);
    expect(
      records(g.Coaching).some((c) => c.follow_up !== '' && dayOf(c.follow_up) <= A + 14),
    ).toBe(true);
  });

  it('has one open action plan with a check-in due on the as-of day', () => {
    const open = records(g['Action Plans']).filter((p) => p.status === 'open');
    expect(open).toHaveLength(1);
    expect(String(open[0]!.check_ins).split(', ')).toContain(asOf);
    expect(dayOf(open[0]!.ends)).toBeGreaterThan(A);
  });

  it('has a hiring funnel across every stage, with one offer made before reference checks', () => {
    const candidates = records(g.Candidates);
    expect(new Set(candidates.map((c) => c.stage))).toEqual(
      new Set([
        'sourced',
        'screen',
        'interview',
        'references',
        'offer',
        'hired',
        'rejected',
        'withdrawn',
      ]),
    );
    expect(
      candidates.filter((c) => c.stage === 'offer' && c.references_checked === 0),
    ).toHaveLength(1);
    const roleIds = new Set(records(g.Roles).map((r) => r.role_id));
    expect(candidates.every((c) => roleIds.has(c.role_id))).toBe(true);
  });

  it('has a team commission plan and a rep-specific plan with tiers', () => {
    const plans = records(g['Commission Plans']);
    const repIds = new Set(reps.map((r) => r.rep_id));
    expect(plans.some((p) => p.applies_to === 'North' || p.applies_to === 'South')).toBe(true);
    expect(plans.some((p) => repIds.has(p.applies_to))).toBe(true);
    expect(plans.every((p) => /^\d+:\d+(\.\d+)?(, \d+:\d+(\.\d+)?)*$/.test(String(p.tiers)))).toBe(
      true,
    );
  });

  it("changes one rep's plan mid-quarter: the old plan ends the day before the new one starts", () => {
    const plans = records(g['Commission Plans']);
    const ending = plans.filter((p) => p.effective_to !== '');
    const starting = plans.filter((p) => p.effective_from !== '');
    expect(ending).toHaveLength(1);
    expect(starting).toHaveLength(1);
    const [old, next] = [ending[0]!, starting[0]!];
    expect(next.applies_to).toBe(old.applies_to);
    expect(reps.some((r) => r.rep_id === old.applies_to)).toBe(true);
    expect(old.effective_from).toBe('');
    expect(next.effective_to).toBe('');
    expect(dayOf(next.effective_from)).toBe(dayOf(old.effective_to) + 1);
    // Mid-quarter: the change day is not the first day of a quarter, and it is in the past.
    const change = String(next.effective_from);
    expect(change.slice(8)).not.toBe('01');
    expect(dayOf(change)).toBeLessThanOrEqual(A);
  });

  it('has a deal won in the month before the as-of month and lost this month (a clawback)', () => {
    const clawed = deals.filter((d) => d.won_date !== '');
    expect(clawed).toHaveLength(1);
    const d = clawed[0]!;
    expect(d.status).toBe('lost');
    expect(monthOf(d.won_date)).toBe(monthBefore(asOf, 1));
    expect(monthOf(d.close_date)).toBe(monthBefore(asOf, 0));
    expect(dayOf(d.close_date)).toBeLessThanOrEqual(A);
    expect(isWorkingDay(String(d.won_date))).toBe(true);
  });

  it('never writes text that a spreadsheet would run as a formula', () => {
    const risky = Object.values(g).flatMap((grid) =>
      grid.flat().filter((cell) => typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell)),
    );
    expect(risky).toEqual([]);
  });
});

describe('the large workbook (benchmark size)', () => {
  // Its speed is measured by `npm run bench` (BENCHMARKS.md), never by a timed test.
  const g = generateDemoWorkbook({ seed: 1, asOf: '2026-11-18', size: 'large' });

  it('has 200 reps, a year of ~5 activity rows per rep per working day, ~40,000 deals and 12 contests', () => {
    expect(g.Reps!.length - 1).toBe(200);
    const perRepDay = (g.Activities!.length - 1) / 200 / 250;
    expect(perRepDay).toBeGreaterThan(4);
    expect(perRepDay).toBeLessThan(6.5);
    expect(g.Deals!.length - 1).toBeGreaterThan(36_000);
    expect(g.Deals!.length - 1).toBeLessThan(46_000);
    expect(g.Contests!.length - 1).toBe(12);
    const first = String(g.Activities![1]![0]).slice(0, 10);
    expect(dayOf('2026-11-18') - dayOf(first)).toBeGreaterThan(360);
  });
});

describe('generateDemoWorkbook roster and window options (the scale benchmarks)', () => {
  it.each([
    { reps: 30, years: 2 },
    { reps: 5, years: 0.5 },
  ])('$reps reps and $years years of data give that roster and that window', ({ reps, years }) => {
    const asOf = '2026-11-18';
    const grids = generateDemoWorkbook({ seed: 3, asOf, reps, years });
    expect(records(grids.Reps)).toHaveLength(reps);
    const days = records(grids.Activities).map((r) => dayOf(r.date));
    const first = Math.min(...days);
    // The window opens `years` before as-of; the first working day with a rep on board is within a month of it.
    const opens = dayOf(`${monthBefore(asOf, years * 12).slice(0, 7)}-18`) + 1;
    expect(first).toBeGreaterThanOrEqual(opens);
    expect(first - opens).toBeLessThan(31);
    expect(Math.max(...days)).toBeLessThanOrEqual(dayOf(asOf));
  });

  it('leaves the default workbooks as they were: the options only change the seed when given', () => {
    const a = generateDemoWorkbook({ seed: 3, asOf: '2026-11-18' });
    expect(generateDemoWorkbook({ seed: 3, asOf: '2026-11-18', reps: 12, years: 0.5 })).not.toEqual(
      a,
    );
    expect(records(a.Reps)).toHaveLength(12);
    expect(isoOf(Math.min(...records(a.Activities).map((r) => dayOf(r.date))))).toBe('2026-05-19');
  });
});
