// The Action Plans tab: performance plans with steps, check-ins and a finite end (private).

import * as v from 'valibot';
import { amount, day, dayList, lines, oneOf, text } from '../cells';
import { metricCell } from '../names';
import { optional, required, withDefault } from '../spec';
import { defineTab } from '../tab';

export const ACTION_PLAN_STATUSES = ['open', 'met', 'not_met', 'closed'] as const;

export const ActionPlanSchema = v.object({
  row: v.number(),
  planId: v.string(),
  repId: v.string(),
  opened: v.number(),
  ends: v.number(),
  reason: v.nullable(v.string()),
  metric: v.nullable(v.string()),
  target: v.nullable(v.number()),
  steps: v.array(v.string()),
  checkIns: v.array(v.number()),
  consequences: v.nullable(v.string()),
  support: v.nullable(v.string()),
  status: v.picklist(ACTION_PLAN_STATUSES),
  outcome: v.nullable(v.string()),
});
export type ActionPlan = v.InferOutput<typeof ActionPlanSchema>;

export const actionPlansTab = defineTab({
  name: 'Action Plans',
  required: false,
  note: 'One row per action plan (private).',
  id: 'planId',
  columns: {
    planId: required('plan_id', text, { note: 'Unique id of the plan.' }),
    repId: required('rep_id', text, { note: 'A rep_id from Reps.', validation: { kind: 'repId' } }),
    opened: required('opened', day, { note: 'Start date.', validation: { kind: 'date' } }),
    ends: required('ends', day, {
      note: 'End date (a plan always ends).',
      validation: { kind: 'date' },
    }),
    reason: optional('reason', text, { note: 'Why the plan was opened.' }),
    metric: optional('metric', metricCell, { note: 'The metric the plan measures.' }),
    target: optional('target', amount, {
      note: 'The number to reach over the plan.',
      validation: { kind: 'number', min: 0 },
      onBad: 'error',
    }),
    steps: withDefault('steps', lines, [], '(none)', { note: 'One step per line.' }),
    checkIns: withDefault('check_ins', dayList, [], '(none)', {
      note: 'Check-in dates, comma-separated.',
    }),
    consequences: optional('consequences', text, { note: 'What happens if the plan is not met.' }),
    support: optional('support', text, { note: 'Support offered.' }),
    status: withDefault('status', oneOf(ACTION_PLAN_STATUSES), 'open', 'open', {
      note: 'open, met, not_met or closed.',
      validation: { kind: 'list', values: ACTION_PLAN_STATUSES },
    }),
    outcome: optional('outcome', text, { note: 'How it ended.' }),
  },
  build: (c, ctx): ActionPlan | null => {
    if (c.ends < c.opened) {
      return ctx.error(
        'ends',
        ctx.valueOf('ends'),
        'The plan ends before it is opened; the row is left out.',
        'Make ends the same day as opened or later.',
      );
    }
    return {
      row: ctx.row,
      planId: c.planId,
      repId: c.repId,
      opened: c.opened,
      ends: c.ends,
      reason: c.reason,
      metric: c.metric,
      target: c.target,
      steps: c.steps,
      checkIns: [...new Set(c.checkIns)].sort((a, b) => a - b),
      consequences: c.consequences,
      support: c.support,
      status: c.status,
      outcome: c.outcome,
    };
  },
});
