// The Contests tab: time-boxed competitions over one metric.

import * as v from 'valibot';
import { amount, day, oneOf, text } from '../cells';
import { metricCell } from '../names';
import { optional, required, visibility } from '../spec';
import { defineTab } from '../tab';

import { CONTEST_KINDS } from '../contest-kinds';

export const ContestSchema = v.object({
  row: v.number(),
  contestId: v.string(),
  name: v.string(),
  kind: v.picklist(CONTEST_KINDS),
  metric: v.string(),
  start: v.number(),
  end: v.number(),
  goal: v.nullable(v.number()),
  team: v.nullable(v.string()),
  prize: v.nullable(v.string()),
  description: v.nullable(v.string()),
  public: v.boolean(),
});
export type Contest = v.InferOutput<typeof ContestSchema>;

export const contestsTab = defineTab({
  name: 'Contests',
  required: false,
  note: 'One row per contest; rules are fixed once it starts.',
  id: 'contestId',
  columns: {
    contestId: required('contest_id', text, { note: 'Unique id of the contest.' }),
    name: required('name', text, { note: 'Shown on the site and TV.' }),
    kind: required('kind', oneOf(CONTEST_KINDS), {
      note: 'most, percent_of_target, first_to, team, streak or improvement.',
      validation: { kind: 'list', values: CONTEST_KINDS },
    }),
    metric: required('metric', metricCell, {
      note: 'revenue, won_deals, new_pipeline, activity_points or an activity type.',
    }),
    start: required('start', day, { note: 'First day (inclusive).', validation: { kind: 'date' } }),
    end: required('end', day, { note: 'Last day (inclusive).', validation: { kind: 'date' } }),
    goal: optional('goal', amount, {
      note: 'For first_to (the finish line) and streak (daily goal).',
      validation: { kind: 'number', min: 0 },
      onBad: 'error',
    }),
    team: optional('team', text, { note: 'Blank = everyone; else only reps of this team.' }),
    prize: optional('prize', text, { note: 'What the winner gets.' }),
    description: optional('description', text, { note: 'Shown with the contest.' }),
    public: visibility('public', 'no = shown only to the manager.', true),
  },
  build: (c, ctx): Contest | null => {
    if (c.end < c.start) {
      return ctx.error(
        'end',
        ctx.valueOf('end'),
        'The contest ends before it starts; the row is left out.',
        'Make end the same day as start or later.',
      );
    }
    if ((c.kind === 'first_to' || c.kind === 'streak') && c.goal === null) {
      return ctx.error(
        'goal',
        null,
        `A ${c.kind} contest needs a goal; the row is left out.`,
        'Fill in goal.',
      );
    }
    return {
      row: ctx.row,
      contestId: c.contestId,
      name: c.name,
      kind: c.kind,
      metric: c.metric,
      start: c.start,
      end: c.end,
      goal: c.goal,
      team: c.team,
      prize: c.prize,
      description: c.description,
      public: c.public,
    };
  },
});
