// Contests of every kind, placed around the as-of day so some are live, some final and one upcoming.
import { tabHeader } from '../workbook';
import { formatDayRange } from '../format';
import { isoDay } from '../time';
import type { ContestKind } from '../workbook';
import { STREAK_CALL_GOAL } from './activities';
import { monthAt, monthOf, monthSpan } from './calendar';
import type { DemoContext, DemoRow } from './context';
import { TEAMS_LARGE } from './names';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface ContestDraft {
  id: string;
  name: string;
  kind: ContestKind;
  metric: string;
  start: number;
  end: number;
  goal: number | '';
  team: string;
  prize: string;
  description: string;
  isPublic: boolean;
}

export function contestsGrid(ctx: DemoContext): DemoRow[] {
  const now = monthOf(ctx.asOf);
  const prev = monthAt(ctx.asOf, -1);
  const prev2 = monthAt(ctx.asOf, -2);
  const next = ctx.nextMonth;
  const q = Math.floor((now.month - 1) / 3);
  const qStart = monthSpan(now.year, q * 3 + 1).start;
  const qEnd = monthSpan(now.year, q * 3 + 3).end;
  const name = (m: typeof now) => MONTH_NAMES[m.month - 1]!;
  const list: ContestDraft[] = [
    {
      id: 'C-REV',
      name: `${name(now)} Revenue Race`,
      kind: 'most',
      metric: 'revenue',
      start: now.start,
      end: now.end,
      goal: '',
      team: '',
      prize: '$500 travel voucher',
      description: 'Most won revenue this month.',
      isPublic: true,
    },
    {
      id: 'C-QUOTA',
      name: `Q${q + 1} Quota Crusher`,
      kind: 'percent_of_target',
      metric: 'revenue',
      start: qStart,
      end: qEnd,
      goal: '',
      team: '',
      prize: 'Extra day off',
      description:
        'Highest percentage of your own revenue target this quarter: new hires can win too.',
      isPublic: true,
    },
    {
      id: 'C-FIRST',
      name: 'First to $30K',
      kind: 'first_to',
      metric: 'revenue',
      start: prev.start,
      end: prev.end,
      goal: 30_000,
      team: '',
      prize: 'Team lunch of your choice',
      description: `First rep to win $30,000 in ${name(prev)}.`,
      isPublic: true,
    },
    {
      id: 'C-TEAM',
      name: 'North vs South',
      kind: 'team',
      metric: 'revenue',
      start: now.start,
      end: now.end,
      goal: '',
      team: '',
      prize: 'Losing manager serves breakfast',
      description: 'Team totals of won revenue this month.',
      isPublic: true,
    },
    {
      id: 'C-STREAK',
      name: 'Call Streak Challenge',
      kind: 'streak',
      metric: 'calls',
      start: ctx.asOf - 20,
      end: ctx.asOf + 9,
      goal: STREAK_CALL_GOAL,
      team: '',
      prize: 'Noise-cancelling headphones',
      description: `Most consecutive working days with ${STREAK_CALL_GOAL}+ calls.`,
      isPublic: true,
    },
    {
      id: 'C-COMEBACK',
      name: `${name(prev)} Comeback`,
      kind: 'improvement',
      metric: 'revenue',
      start: prev.start,
      end: prev.end,
      goal: '',
      team: '',
      prize: 'Trophy on your desk',
      description: `Biggest rise in won revenue over the ${prev.end - prev.start + 1} days before (${formatDayRange(2 * prev.start - prev.end - 1, prev.start - 1)}).`,
      isPublic: true,
    },
    {
      id: 'C-DEMO',
      name: `${name(next)} Demo Blitz`,
      kind: 'most',
      metric: 'demos',
      start: next.start,
      end: next.end,
      goal: '',
      team: '',
      prize: '$250 gift card',
      description: 'Most product demos next month.',
      isPublic: true,
    },
    {
      id: 'C-MEET',
      name: `South ${name(prev2)} Meetings`,
      kind: 'most',
      metric: 'meetings',
      start: prev2.start,
      end: prev2.end,
      goal: '',
      team: 'South',
      prize: 'Coffee for a month',
      description: 'Most meetings booked, South team only.',
      isPublic: false,
    },
  ];
  if (ctx.size === 'large') {
    for (const t of TEAMS_LARGE.slice(2, 6)) {
      list.push({
        id: `C-${t.team.toUpperCase()}`,
        name: `${t.team} Pipeline Push`,
        kind: 'most',
        metric: 'new_pipeline',
        start: now.start,
        end: now.end,
        goal: '',
        team: t.team,
        prize: 'Team dinner',
        description: `Most new pipeline created, ${t.team} team.`,
        isPublic: true,
      });
    }
  }
  const header = tabHeader('Contests');
  return [
    header,
    ...list.map((c) => [
      c.id,
      c.name,
      c.kind,
      c.metric,
      isoDay(c.start),
      isoDay(c.end),
      c.goal,
      c.team,
      c.prize,
      c.description,
      c.isPublic,
    ]),
  ];
}
