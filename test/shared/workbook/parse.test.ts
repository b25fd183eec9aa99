// parseWorkbook: every tab's rules, issues with tab, row and column, and never a throw.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../shared/time';
import { defaultBadgeCatalogue, effectiveBadges } from '../../../shared/badges';
import { ActivitySchema, DealSchema, parseWorkbook, RepSchema } from '../../../shared/workbook';
import { isNotComputed, parse, REPS, tab, where } from './helpers';

const D = (y: number, m: number, d: number) => dayFromYmd(y, m, d);

describe('tabs and headers', () => {
  it.each(['Action Plans', 'action plans', 'Action_Plans', 'ACTION-PLANS', 'ActionPlans'])(
    'finds the Action Plans tab named %j',
    (name) => {
      const { workbook } = parse({
        [name]: tab(
          ['plan_id', 'rep_id', 'opened', 'ends'],
          ['p1', 'r1', '2026-11-02', '2026-12-31'],
        ),
      });
      expect(workbook.tabs.has('Action Plans')).toBe(true);
      expect(workbook.actionPlans.map((p) => p.planId)).toEqual(['p1']);
    },
  );

  it('matches headers ignoring case, spaces, _ and -, in any order, reporting extra columns', () => {
    const { workbook, issues } = parse({
      Reps: tab(
        ['Full Name', 'NAME', 'Rep ID', 'Start-Date', 'whatever'],
        ['x', 'Ada', 'r1', '2026-01-05', 'y'],
      ),
    });
    // Extra columns are ignored, with a warning each (the nearest known column when one is close).
    expect(
      issues.map((i) => [i.column, i.severity, i.problem.includes('nearest is "name"')]),
    ).toEqual([
      ['Full Name', 'warning', true],
      ['whatever', 'warning', false],
    ]);
    expect(workbook.reps).toEqual([
      {
        row: 2,
        repId: 'r1',
        name: 'Ada',
        email: null,
        team: null,
        manager: null,
        role: null,
        startDate: D(2026, 1, 5),
        active: true,
        public: true,
        avatarUrl: null,
      },
    ]);
  });

  it('skips blank rows and keeps sheet row numbers', () => {
    const { workbook } = parse({
      Reps: tab(['rep_id', 'name'], ['r1', 'Ada'], [], [null, '  '], ['r2', 'Grace']),
    });
    expect(workbook.reps.map((r) => [r.row, r.repId])).toEqual([
      [2, 'r1'],
      [5, 'r2'],
    ]);
  });

  it('reports a missing Reps tab once and still parses the rest', () => {
    const { workbook, issues } = parseWorkbook(
      { Deals: tab(['deal_id', 'rep_id'], ['d1', 'r1']) },
      { defaultTimeZone: 'UTC' },
    );
    expect(where(issues, 'Reps')).toEqual([[null, null, 'error']]);
    expect(workbook.reps).toEqual([]);
    // Without reps every deal has an unknown rep (the tab's missing columns are tested elsewhere).
    expect(
      where(
        issues.filter((i) => !isNotComputed(i)),
        'Deals',
      ),
    ).toEqual([[2, 'rep_id', 'error']]);
  });

  it('reports a missing required column once, not once per row', () => {
    const { workbook, issues } = parse({
      Deals: tab(['deal_id', 'amount'], ['d1', 5], ['d2', 6], ['d3', 7]),
    });
    expect(where(issues, 'Deals')).toEqual([[1, 'rep_id', 'error']]);
    expect(issues[0]?.problem).toContain('no "rep_id" column');
    expect(workbook.deals).toEqual([]);
  });

  it('a missing optional tab turns its feature off; a missing Badges tab means the built-in catalogue', () => {
    const { workbook, issues } = parse({});
    expect(issues).toEqual([]);
    expect([...workbook.tabs]).toEqual(['Reps']);
    expect(workbook.badgeRows).toEqual([]);
    expect(effectiveBadges(workbook)).toEqual(defaultBadgeCatalogue());
    const emptyTab = parse({ Badges: tab(['badge_id', 'name', 'kind']) }).workbook;
    expect(emptyTab.tabs.has('Badges')).toBe(true);
    expect(effectiveBadges(emptyTab)).toEqual([]);
  });

  it('reads only the first of two tabs that match the same name, with a warning', () => {
    const { workbook, issues } = parseWorkbook(
      { Reps: REPS, reps: tab(['rep_id', 'name'], ['zz', 'Z']) },
      { defaultTimeZone: 'UTC' },
    );
    expect(workbook.reps.map((r) => r.repId)).toEqual(['r1', 'r2']);
    expect(where(issues, 'Reps')).toEqual([[null, null, 'warning']]);
  });

  it('warns about a duplicated header and reads the first column', () => {
    const { workbook, issues } = parse({
      Reps: tab(['rep_id', 'name', 'Name'], ['r1', 'Ada', 'Other']),
    });
    expect(workbook.reps[0]?.name).toBe('Ada');
    expect(where(issues, 'Reps')).toEqual([[1, 'Name', 'warning']]);
  });
});

describe('duplicate ids: the later row is left out, naming the first', () => {
  it.each([
    ['Reps', ['rep_id', 'name'], ['r1', 'A'], 'rep_id'],
    ['Deals', ['deal_id', 'rep_id'], ['d1', 'r1'], 'deal_id'],
    [
      'Contests',
      ['contest_id', 'name', 'kind', 'metric', 'start', 'end'],
      ['c1', 'C', 'most', 'calls', '2026-11-01', '2026-11-30'],
      'contest_id',
    ],
    ['Badges', ['badge_id', 'name', 'kind'], ['b1', 'B', 'manual'], 'badge_id'],
    [
      'Action Plans',
      ['plan_id', 'rep_id', 'opened', 'ends'],
      ['p1', 'r1', '2026-11-01', '2026-12-01'],
      'plan_id',
    ],
    ['Roles', ['role_id', 'title'], ['ae', 'AE'], 'role_id'],
    ['Commission Plans', ['plan_id', 'applies_to'], ['p1', 'r1'], 'plan_id'],
  ] as const)('%s', (name, header, row, column) => {
    const grids =
      name === 'Reps'
        ? { Reps: tab([...header], [...row], ['r9', 'Z'], [...row]) }
        : { [name]: tab([...header], [...row], [...row]) };
    const { issues } = parse(grids);
    const dup = issues.filter((i) => i.tab === name);
    expect(dup.map((i) => [i.row, i.column, i.severity])).toEqual([
      [name === 'Reps' ? 4 : 3, column, 'error'],
    ]);
    expect(dup[0]?.problem).toContain('first on row 2');
  });

  it('Candidates', () => {
    const { workbook, issues } = parse({
      Roles: tab(['role_id', 'title'], ['ae', 'AE']),
      Candidates: tab(
        ['candidate_id', 'name', 'role_id'],
        ['c1', 'Kim', 'ae'],
        ['c1', 'Lee', 'ae'],
      ),
    });
    expect(workbook.candidates.map((c) => c.name)).toEqual(['Kim']);
    expect(where(issues, 'Candidates')).toEqual([[3, 'candidate_id', 'error']]);
  });

  it('a left-out first row does not block a later valid row with the same id', () => {
    const { workbook } = parse({
      Deals: tab(['deal_id', 'rep_id'], ['d1', 'nobody'], ['d1', 'r1']),
    });
    expect(workbook.deals.map((d) => d.row)).toEqual([3]);
  });
});

describe('unknown rep ids leave the row out in every tab that names a rep', () => {
  it.each([
    [
      'Targets',
      ['rep_id', 'period', 'metric', 'target'],
      ['zz', '2026-11', 'revenue', 5],
      'rep_id',
    ],
    ['Activities', ['date', 'rep_id', 'type'], ['2026-11-02', 'zz', 'call'], 'rep_id'],
    ['Deals', ['deal_id', 'rep_id'], ['d1', 'zz'], 'rep_id'],
    ['Recognition', ['date', 'to'], ['2026-11-02', 'zz'], 'to'],
    ['Training', ['rep_id', 'course'], ['zz', 'Demo 101'], 'rep_id'],
    ['Coaching', ['date', 'rep_id'], ['2026-11-02', 'zz'], 'rep_id'],
    [
      'Action Plans',
      ['plan_id', 'rep_id', 'opened', 'ends'],
      ['p1', 'zz', '2026-11-01', '2026-12-01'],
      'rep_id',
    ],
  ] as const)('%s', (name, header, row, column) => {
    const { workbook, issues } = parse({ [name]: tab([...header], [...row]) });
    expect(where(issues, name)).toEqual([[2, column, 'error']]);
    expect(issues[0]?.value).toBe('zz');
    const counts = [
      workbook.targets,
      workbook.activities,
      workbook.deals,
      workbook.recognition,
      workbook.training,
      workbook.coaching,
      workbook.actionPlans,
    ];
    expect(counts.every((list) => list.length === 0)).toBe(true);
  });
});

describe('Activities', () => {
  it('reads date-times, normalises types and defaults count to 1', () => {
    const { workbook, issues } = parse({
      Activities: tab(
        ['date', 'rep_id', 'type', 'count', 'deal_id', 'note'],
        ['2026-11-02 09:15', 'r1', 'Calls', '', 'd7', ' left voicemail '],
        ['2026-11-02', 'r2', 'Site Visits', 3, null, null],
      ),
    });
    expect(issues).toEqual([]);
    expect([...workbook.activities]).toEqual([
      {
        row: 2,
        at: D(2026, 11, 2) * 1440 + 555,
        day: D(2026, 11, 2),
        repId: 'r1',
        type: 'call',
        count: 1,
        dealId: 'd7',
        note: 'left voicemail',
      },
      {
        row: 3,
        at: D(2026, 11, 2) * 1440,
        day: D(2026, 11, 2),
        repId: 'r2',
        type: 'site visit',
        count: 3,
        dealId: null,
        note: null,
      },
    ]);
    for (const a of workbook.activities) expect(v.is(ActivitySchema, a)).toBe(true);
  });

  it.each([
    [['2026-11-02', 'r1', 'call', -2], 'count'],
    [['2026-11-02', 'r1', 'call', 'lots'], 'count'],
    [['2026-11-02', 'r1', 'call', 1.5], 'count'],
    [['2026-02-30', 'r1', 'call', 1], 'date'],
    [['', 'r1', 'call', 1], 'date'],
    [['2026-11-02', 'r1', '', 1], 'type'],
  ])('leaves out %j with an error on %s', (row, column) => {
    const { workbook, issues } = parse({
      Activities: tab(['date', 'rep_id', 'type', 'count'], row),
    });
    expect([...workbook.activities]).toEqual([]);
    expect(where(issues, 'Activities')).toEqual([[2, column, 'error']]);
  });
});

describe('Deals', () => {
  const header = ['deal_id', 'rep_id', 'amount', 'stage', 'status', 'created_date', 'close_date'];
  it.each([
    ['Closed Won', '', 'won'],
    ['won', null, 'won'],
    ['closed lost', '', 'lost'],
    ['Lost', null, 'lost'],
    ['Negotiation', '', 'open'],
    [null, '', 'open'],
    ['Negotiation', 'Won', 'won'],
  ])('stage %j with status %j gives %s', (stage, status, expected) => {
    const { workbook } = parse({
      Deals: tab(header, ['d1', 'r1', 100, stage, status, '2026-10-01', '2026-11-05']),
    });
    expect(workbook.deals[0]?.status).toBe(expected);
  });

  it('reads amounts as money text, blank as 0, and the close date as day and time', () => {
    const { workbook, issues } = parse({
      Deals: tab(
        header,
        ['d1', 'r1', '$12,500', 'won', '', '2026-10-01', '2026-11-05 16:00'],
        ['d2', 'r2', '', 'Discovery', '', '', ''],
      ),
    });
    expect(issues).toEqual([]);
    expect(workbook.deals).toEqual([
      {
        row: 2,
        dealId: 'd1',
        repId: 'r1',
        account: null,
        product: null,
        amount: 12500,
        stage: 'won',
        status: 'won',
        createdDay: D(2026, 10, 1),
        closeDay: D(2026, 11, 5),
        closeAt: D(2026, 11, 5) * 1440 + 960,
        expectedCloseDay: null,
        wonDay: null,
      },
      {
        row: 3,
        dealId: 'd2',
        repId: 'r2',
        account: null,
        product: null,
        amount: 0,
        stage: 'Discovery',
        status: 'open',
        createdDay: null,
        closeDay: null,
        closeAt: null,
        expectedCloseDay: null,
        wonDay: null,
      },
    ]);
    for (const d of workbook.deals) expect(v.is(DealSchema, d)).toBe(true);
  });

  it.each(['won', 'lost'])('leaves out a %s deal without close_date', (status) => {
    const { workbook, issues } = parse({
      Deals: tab(header, ['d1', 'r1', 100, '', status, '', '']),
    });
    expect(workbook.deals).toEqual([]);
    expect(where(issues, 'Deals')).toEqual([[2, 'close_date', 'error']]);
  });

  it('leaves out a negative amount', () => {
    const { workbook, issues } = parse({ Deals: tab(header, ['d1', 'r1', -100, '', '', '', '']) });
    expect(workbook.deals).toEqual([]);
    expect(issues[0]).toMatchObject({
      tab: 'Deals',
      row: 2,
      column: 'amount',
      value: '-100',
      severity: 'error',
    });
  });

  it('treats an unknown status as blank (read from the stage), with a warning', () => {
    const { workbook, issues } = parse({
      Deals: tab(header, ['d1', 'r1', 100, 'Closed Won', 'pending', '', '2026-11-05']),
    });
    expect(workbook.deals[0]?.status).toBe('won');
    expect(issues).toMatchObject([
      { tab: 'Deals', row: 2, column: 'status', value: 'pending', severity: 'warning' },
    ]);
  });
});

describe('Targets', () => {
  it('normalises period labels and metric names', () => {
    const { workbook, issues } = parse({
      Targets: tab(
        ['rep_id', 'period', 'metric', 'target'],
        ['r1', '2026-11', 'Revenue', '$50,000'],
        ['r1', '2026-q4', 'Calls', 300],
        ['r2', '2026', 'Won Deals', 12],
        ['r2', '2026-W48', 'demos', 4],
      ),
    });
    expect(issues).toEqual([]);
    expect(workbook.targets.map((t) => [t.period, t.periodKind, t.metric, t.target])).toEqual([
      ['2026-11', 'month', 'revenue', 50000],
      ['2026-Q4', 'quarter', 'call', 300],
      ['2026', 'year', 'won_deals', 12],
      ['2026-W48', 'week', 'demo', 4],
    ]);
  });

  it.each([
    [['r1', 'Nov 2026', 'revenue', 5], 'period'],
    [['r1', '2026-13', 'revenue', 5], 'period'],
    [['r1', '2026-11-05', 'revenue', 5], 'period'],
    [['r1', '2026-11', 'revenue', -5], 'target'],
    [['r1', '2026-11', 'revenue', ''], 'target'],
  ])('leaves out %j with an error on %s', (row, column) => {
    const { workbook, issues } = parse({
      Targets: tab(['rep_id', 'period', 'metric', 'target'], row),
    });
    expect(workbook.targets).toEqual([]);
    expect(where(issues, 'Targets')).toEqual([[2, column, 'error']]);
  });
});

describe('Contests', () => {
  const header = ['contest_id', 'name', 'kind', 'metric', 'start', 'end', 'goal', 'public'];
  it('reads a contest with normalised kind and metric', () => {
    const { workbook, issues } = parse({
      Contests: tab(header, [
        'c1',
        'Call blitz',
        'First To',
        'Calls',
        '2026-11-02',
        '2026-11-06',
        50,
        'no',
      ]),
    });
    expect(issues).toEqual([]);
    expect(workbook.contests).toEqual([
      {
        row: 2,
        contestId: 'c1',
        name: 'Call blitz',
        kind: 'first_to',
        metric: 'call',
        start: D(2026, 11, 2),
        end: D(2026, 11, 6),
        goal: 50,
        team: null,
        prize: null,
        description: null,
        public: false,
      },
    ]);
  });

  it.each([
    [['c1', 'X', 'most', 'revenue', '2026-11-06', '2026-11-02', '', ''], 'end', '2026-11-02'],
    [['c1', 'X', 'biggest', 'revenue', '2026-11-02', '2026-11-06', '', ''], 'kind', 'biggest'],
    [['c1', 'X', 'first_to', 'revenue', '2026-11-02', '2026-11-06', '', ''], 'goal', null],
    [['c1', 'X', 'most', 'revenue', '2026-11-02', '2026-11-06', -1, ''], 'goal', '-1'],
  ])('leaves out %j with an error on %s', (row, column, value) => {
    const { workbook, issues } = parse({ Contests: tab(header, row) });
    expect(workbook.contests).toEqual([]);
    expect(issues).toMatchObject([{ tab: 'Contests', row: 2, column, value, severity: 'error' }]);
  });

  it('treats a bad public flag as no (fails closed) with a warning', () => {
    const { workbook, issues } = parse({
      Contests: tab(header, [
        'c1',
        'X',
        'most',
        'revenue',
        '2026-11-02',
        '2026-11-06',
        '',
        'maybe',
      ]),
    });
    expect(workbook.contests[0]?.public).toBe(false);
    expect(where(issues, 'Contests')).toEqual([[2, 'public', 'warning']]);
    expect(issues[0]?.problem).toContain('read as no');
  });
});

describe('Badges and Recognition', () => {
  const badges = tab(
    ['badge_id', 'name', 'kind', 'metric', 'threshold', 'window', 'tier'],
    ['mvp', 'MVP', 'manual', '', '', '', 'Gold'],
    ['closer', 'Closer', 'threshold', 'won deals', 3, 'Month', ''],
  );

  it('reads badge definitions', () => {
    const { workbook, issues } = parse({ Badges: badges });
    expect(issues).toEqual([]);
    expect(
      workbook.badgeRows.map((b) => [b.badgeId, b.kind, b.metric, b.threshold, b.window, b.tier]),
    ).toEqual([
      ['mvp', 'manual', null, null, null, 'gold'],
      ['closer', 'threshold', 'won_deals', 3, 'month', null],
    ]);
  });

  it.each([
    [['b', 'B', 'threshold', 'calls', '', '', ''], 'threshold'],
    [['b', 'B', 'record', '', '', 'month', ''], 'metric'],
    [['b', 'B', 'sparkle', 'calls', 3, '', ''], 'kind'],
  ])('leaves out badge %j with an error on %s', (row, column) => {
    const { issues } = parse({
      Badges: tab(['badge_id', 'name', 'kind', 'metric', 'threshold', 'window', 'tier'], row),
    });
    expect(where(issues, 'Badges')).toEqual([[2, column, 'error']]);
  });

  const recHeader = ['date', 'to', 'from', 'kind', 'badge_id', 'message'];
  it('reads recognition; from may be a rep or a name; kind defaults to shout-out', () => {
    const { workbook, issues } = parse({
      Badges: badges,
      Recognition: tab(
        recHeader,
        ['2026-11-02 10:00', 'r1', 'r2', 'Hi Five', '', 'Great demo'],
        ['2026-11-03', 'r2', 'The CEO', '', '', null],
        ['2026-11-04', 'r1', '', 'award', 'mvp', 'MVP of the month'],
      ),
    });
    expect(issues).toEqual([]);
    expect(workbook.recognition.map((r) => [r.to, r.from, r.fromRepId, r.kind, r.badgeId])).toEqual(
      [
        ['r1', 'r2', 'r2', 'hi-five', null],
        ['r2', 'The CEO', null, 'shout-out', null],
        ['r1', null, null, 'award', 'mvp'],
      ],
    );
    expect(workbook.recognition[0]?.at).toBe(D(2026, 11, 2) * 1440 + 600);
  });

  it.each([
    ['', null],
    ['nope', 'nope'],
    ['closer', 'closer'],
  ])('an award with badge_id %j is kept without a badge, with a warning', (badgeId, value) => {
    const { workbook, issues } = parse({
      Badges: badges,
      Recognition: tab(recHeader, ['2026-11-04', 'r1', '', 'award', badgeId, '']),
    });
    expect(workbook.recognition.map((r) => [r.kind, r.badgeId])).toEqual([['award', null]]);
    expect(issues).toMatchObject([
      { tab: 'Recognition', row: 2, column: 'badge_id', value, severity: 'warning' },
    ]);
  });
});

describe('Reps', () => {
  it('blanks an avatar that is not https, with a warning', () => {
    const { workbook, issues } = parse({
      Reps: tab(
        ['rep_id', 'name', 'avatar_url'],
        ['r1', 'Ada', 'http://x.test/a.png'],
        ['r2', 'Bo', 'https://x.test/b.png'],
      ),
    });
    expect(workbook.reps.map((r) => r.avatarUrl)).toEqual([null, 'https://x.test/b.png']);
    expect(issues).toMatchObject([
      {
        tab: 'Reps',
        row: 2,
        column: 'avatar_url',
        value: 'http://x.test/a.png',
        severity: 'warning',
      },
    ]);
    for (const r of workbook.reps) expect(v.is(RepSchema, r)).toBe(true);
  });

  it.each([
    ['no', false],
    [false, false],
    ['', true],
    ['Y', true],
  ])('active %j reads as %s', (cell, expected) => {
    const { workbook } = parse({ Reps: tab(['rep_id', 'name', 'active'], ['r1', 'Ada', cell]) });
    expect(workbook.reps[0]?.active).toBe(expected);
  });

  it('leaves out a rep without a name', () => {
    const { workbook, issues } = parse({ Reps: tab(['rep_id', 'name'], ['r1', ''], ['r2', 'Bo']) });
    expect(workbook.reps.map((r) => r.repId)).toEqual(['r2']);
    expect(where(issues, 'Reps')).toEqual([[2, 'name', 'error']]);
  });
});

describe('Training, Coaching, Action Plans', () => {
  it('reads training with an unknown category treated as blank', () => {
    const { workbook, issues } = parse({
      Training: tab(
        ['rep_id', 'course', 'category', 'due', 'completed'],
        ['r1', 'Objections', 'Skills', '2026-11-30', ''],
      ),
    });
    expect(workbook.training).toMatchObject([
      {
        row: 2,
        repId: 'r1',
        course: 'Objections',
        category: null,
        due: D(2026, 11, 30),
        completed: null,
      },
    ]);
    expect(where(issues, 'Training')).toEqual([[2, 'category', 'warning']]);
  });

  it('reads coaching', () => {
    const { workbook } = parse({
      Coaching: tab(
        ['date', 'rep_id', 'coach', 'next_step', 'follow_up'],
        ['2026-11-02', 'r2', 'Mia', 'Role-play', '2026-11-16'],
      ),
    });
    expect(workbook.coaching).toEqual([
      {
        row: 2,
        day: D(2026, 11, 2),
        repId: 'r2',
        coach: 'Mia',
        focus: null,
        feedback: null,
        nextStep: 'Role-play',
        followUp: D(2026, 11, 16),
      },
    ]);
  });

  it('reads an action plan with steps per line and sorted check-ins', () => {
    const { workbook, issues } = parse({
      'Action Plans': tab(
        ['plan_id', 'rep_id', 'opened', 'ends', 'metric', 'target', 'steps', 'check_ins', 'status'],
        [
          'p1',
          'r1',
          '2026-11-02',
          '2026-12-31',
          'Calls',
          400,
          'Call 20 a day\nShadow Ada',
          '2026-12-01, 2026-11-16',
          'Not Met',
        ],
      ),
    });
    expect(issues).toEqual([]);
    expect(workbook.actionPlans[0]).toMatchObject({
      metric: 'call',
      target: 400,
      steps: ['Call 20 a day', 'Shadow Ada'],
      checkIns: [D(2026, 11, 16), D(2026, 12, 1)],
      status: 'not_met',
    });
  });

  it('leaves out a plan that ends before it opens', () => {
    const { workbook, issues } = parse({
      'Action Plans': tab(
        ['plan_id', 'rep_id', 'opened', 'ends'],
        ['p1', 'r1', '2026-11-02', '2026-11-01'],
      ),
    });
    expect(workbook.actionPlans).toEqual([]);
    expect(issues).toMatchObject([
      { tab: 'Action Plans', row: 2, column: 'ends', value: '2026-11-01', severity: 'error' },
    ]);
  });
});

describe('Roles and Candidates', () => {
  const roles = tab(
    ['role_id', 'title', 'competencies', 'must_haves'],
    ['ae', 'Account Executive', 'Grit, Curiosity, Closing Skill', 'closing_skill'],
    ['sdr', 'SDR', 'Grit', ''],
  );
  it('reads candidate scores from columns named after the role competencies', () => {
    const { workbook, issues } = parse({
      Roles: roles,
      Candidates: tab(
        ['candidate_id', 'name', 'role_id', 'stage', 'grit', 'CURIOSITY', 'closing_skill', 'Other'],
        ['c1', 'Kim', 'ae', 'Interview', 4, '5', 3.5, 9],
        ['c2', 'Lee', 'sdr', '', 2, 9, '', ''],
      ),
    });
    expect(issues).toEqual([]);
    expect(workbook.roles[0]).toMatchObject({
      competencies: ['Grit', 'Curiosity', 'Closing Skill'],
      mustHaves: ['Closing Skill'],
    });
    expect(workbook.candidates.map((c) => [c.candidateId, c.stage, c.scores])).toEqual([
      ['c1', 'interview', { Grit: 4, Curiosity: 5, 'Closing Skill': 3.5 }],
      // Curiosity is not an SDR competency, so its 9 is not read.
      ['c2', 'sourced', { Grit: 2 }],
    ]);
  });

  it.each<[string | null, string, boolean]>([
    ['Interview', 'interview', false],
    ['  offer ', 'offer', false],
    [null, 'sourced', false],
    ['phone call', 'sourced', true],
  ])('reads stage %j as %s (an unknown stage is a warning)', (raw, stage, warned) => {
    const { workbook, issues } = parse({
      Roles: roles,
      Candidates: tab(['candidate_id', 'name', 'role_id', 'stage'], ['c1', 'Kim', 'ae', raw]),
    });
    expect(workbook.candidates.map((c) => c.stage)).toEqual([stage]);
    expect(where(issues, 'Candidates')).toEqual(warned ? [[2, 'stage', 'warning']] : []);
  });

  it.each<[string, string, string[], string[]]>([
    ['competencies, matched like headers', 'grit, closing skill', ['Grit', 'Closing Skill'], []],
    ['free text: reported and ignored', 'Driving licence', [], ['Driving licence']],
    ['a mix: the competency kept, the rest reported', 'Grit, 2+ years', ['Grit'], ['2+ years']],
    ['a repeat counted once', 'Grit, GRIT', ['Grit'], []],
    ['none', '', [], []],
  ])('must_haves of %s', (_name, cell, kept, reported) => {
    const { workbook, issues } = parse({
      Roles: tab(
        ['role_id', 'title', 'competencies', 'must_haves'],
        ['ae', 'AE', 'Grit, Curiosity, Closing Skill', cell],
      ),
    });
    expect(workbook.roles[0]?.mustHaves).toEqual(kept);
    const found = issues.filter((i) => i.tab === 'Roles');
    expect(found.map((i) => [i.row, i.column, i.value, i.severity])).toEqual(
      reported.map((v) => [2, 'must_haves', v, 'warning']),
    );
    for (const i of found) expect(i.fix).toContain('Grit, Curiosity, Closing Skill');
  });

  it.each([0, 6, 'great'])(
    'a score of %j is left blank with a warning naming the competency column',
    (cell) => {
      const { workbook, issues } = parse({
        Roles: roles,
        Candidates: tab(['candidate_id', 'name', 'role_id', 'Grit'], ['c1', 'Kim', 'ae', cell]),
      });
      expect(workbook.candidates[0]?.scores).toEqual({});
      expect(where(issues, 'Candidates')).toEqual([[2, 'Grit', 'warning']]);
    },
  );

  it('leaves out a candidate for an unknown role', () => {
    const { workbook, issues } = parse({
      Roles: roles,
      Candidates: tab(['candidate_id', 'name', 'role_id'], ['c1', 'Kim', 'cto']),
    });
    expect(workbook.candidates).toEqual([]);
    expect(where(issues, 'Candidates')).toEqual([[2, 'role_id', 'error']]);
  });
});

describe('Commission Plans', () => {
  const header = [
    'plan_id',
    'applies_to',
    'period',
    'base_rate',
    'tiers',
    'tier_mode',
    'cap',
    'spiff_contest_ids',
    'draw',
  ];
  it('reads rates, ascending tiers, mode, cap, spiffs and draw', () => {
    const { workbook, issues } = parse({
      'Commission Plans': tab(header, [
        'p1',
        'AE',
        'Quarter',
        '5%',
        '125:2, 100:1.5',
        'Retroactive',
        '$20,000',
        'c1, c2',
        1500,
      ]),
    });
    expect(issues).toEqual([]);
    expect(workbook.commissionPlans).toEqual([
      {
        row: 2,
        planId: 'p1',
        appliesTo: 'AE',
        period: 'quarter',
        baseRatePct: 5,
        tiers: [
          { fromPct: 100, multiplier: 1.5 },
          { fromPct: 125, multiplier: 2 },
        ],
        tierMode: 'retroactive',
        cap: 20000,
        spiffContestIds: ['c1', 'c2'],
        draw: 1500,
        effectiveFrom: null,
        effectiveTo: null,
      },
    ]);
  });

  it('defaults period to month and tier_mode to marginal', () => {
    const { workbook } = parse({ CommissionPlans: tab(['plan_id', 'applies_to'], ['p1', 'r1']) });
    expect(workbook.commissionPlans[0]).toMatchObject({
      period: 'month',
      baseRatePct: 0,
      tiers: [],
      tierMode: 'marginal',
      cap: null,
      draw: null,
    });
  });

  it.each([
    [['p1', 'r1', '', '', '100=>2', '', '', '', ''], 'tiers', 'warning'],
    [['p1', 'r1', '', '', '', 'stepped', '', '', ''], 'tier_mode', 'warning'],
    [['p1', 'r1', '', -5, '', '', '', '', ''], 'base_rate', 'error'],
    [['p1', 'r1', '', '', '', '', '', '', -100], 'draw', 'error'],
  ])('%j: %s %s', (row, column, severity) => {
    const { issues } = parse({ 'Commission Plans': tab(header, row) });
    expect(where(issues, 'Commission Plans')).toEqual([[2, column, severity]]);
  });
});

describe('issue order', () => {
  it('sorts by tab order, then row, then column name: the order the Issues tab shows', () => {
    const { issues } = parse({
      Deals: tab(['deal_id', 'rep_id', 'amount'], ['d1', 'zz', -1], ['d2', 'r1', 'x']),
      Targets: tab(['rep_id', 'period', 'metric', 'target'], ['r1', 'bad', 'revenue', 1]),
      Reps: tab(['rep_id', 'name', 'avatar_url', 'active'], ['r1', 'Ada', 'http://a', 'maybe']),
    });
    expect(issues.map((i) => [i.tab, i.row, i.column])).toEqual([
      ['Reps', 2, 'active'],
      ['Reps', 2, 'avatar_url'],
      ['Targets', 2, 'period'],
      ['Deals', 2, 'amount'],
      ['Deals', 2, 'rep_id'],
      ['Deals', 3, 'amount'],
    ]);
  });

  it('every issue says what to do', () => {
    const { issues } = parse({ Deals: tab(['deal_id', 'rep_id', 'status'], ['d1', 'zz', 'won']) });
    for (const i of issues) expect(i.fix.length).toBeGreaterThan(5);
  });
});
