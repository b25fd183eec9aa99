// The Activities tab: calls, emails, meetings... one event or a daily total per row (the biggest tab).

import * as v from 'valibot';
import { dayOfAt } from '../../time';
import { at, count, text } from '../cells';
import { activityTypeCell } from '../names';
import { optional, required, withDefault } from '../spec';
import { defineTab } from '../tab';

export const ActivitySchema = v.object({
  row: v.number(),
  at: v.number(),
  day: v.number(),
  repId: v.string(),
  type: v.string(),
  count: v.number(),
  dealId: v.nullable(v.string()),
  note: v.nullable(v.string()),
});
export type Activity = v.InferOutput<typeof ActivitySchema>;

export const activitiesTab = defineTab({
  name: 'Activities',
  required: false,
  note: 'One row per activity, or one per rep, day and type with a count.',
  columns: {
    date: required('date', at, {
      note: 'Date or date-time of the activity.',
      validation: { kind: 'date' },
    }),
    repId: required('rep_id', text, { note: 'A rep_id from Reps.', validation: { kind: 'repId' } }),
    type: required('type', activityTypeCell, {
      note: 'call, email, meeting, demo, proposal or any word; plural = singular.',
      validation: { kind: 'list', values: ['call', 'email', 'meeting', 'demo', 'proposal'] },
    }),
    count: withDefault('count', count, 1, '1', {
      note: 'How many (default 1), to log daily totals.',
      validation: { kind: 'number', min: 0 },
      onBad: 'error',
    }),
    dealId: optional('deal_id', text, { note: 'The deal it was for, if any.' }),
    note: optional('note', text, { note: 'Private note.' }),
  },
  build: (c, ctx): Activity => ({
    row: ctx.row,
    at: c.date,
    day: dayOfAt(c.date),
    repId: c.repId,
    type: c.type,
    count: c.count,
    dealId: c.dealId,
    note: c.note,
  }),
});
