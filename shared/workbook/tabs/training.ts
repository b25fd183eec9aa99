// The Training tab: course assignments, due dates and completion per rep.

import * as v from 'valibot';
import { amount, day, oneOf, text } from '../cells';
import { optional, required } from '../spec';
import { defineTab } from '../tab';

export const TRAINING_CATEGORIES = ['product', 'technique'] as const;

export const TrainingSchema = v.object({
  row: v.number(),
  repId: v.string(),
  course: v.string(),
  category: v.nullable(v.picklist(TRAINING_CATEGORIES)),
  assigned: v.nullable(v.number()),
  due: v.nullable(v.number()),
  completed: v.nullable(v.number()),
  score: v.nullable(v.number()),
});
export type Training = v.InferOutput<typeof TrainingSchema>;

export const trainingTab = defineTab({
  name: 'Training',
  required: false,
  note: 'One row per course assigned to a rep.',
  columns: {
    repId: required('rep_id', text, { note: 'A rep_id from Reps.', validation: { kind: 'repId' } }),
    course: required('course', text, { note: 'Course name.' }),
    category: optional('category', oneOf(TRAINING_CATEGORIES), {
      note: 'product or technique.',
      validation: { kind: 'list', values: TRAINING_CATEGORIES },
    }),
    assigned: optional('assigned', day, { note: 'Date assigned.', validation: { kind: 'date' } }),
    due: optional('due', day, {
      note: 'Due date; overdue courses raise an alert.',
      validation: { kind: 'date' },
    }),
    completed: optional('completed', day, {
      note: 'Date completed.',
      validation: { kind: 'date' },
    }),
    score: optional('score', amount, {
      note: 'Score, if graded.',
      validation: { kind: 'number', min: 0 },
    }),
  },
  build: (c, ctx): Training => ({
    row: ctx.row,
    repId: c.repId,
    course: c.course,
    category: c.category,
    assigned: c.assigned,
    due: c.due,
    completed: c.completed,
    score: c.score,
  }),
});
