// The Coaching tab: the private coaching log.

import * as v from 'valibot';
import { day, text } from '../cells';
import { optional, required } from '../spec';
import { defineTab } from '../tab';

export const CoachingSchema = v.object({
  row: v.number(),
  day: v.number(),
  repId: v.string(),
  coach: v.nullable(v.string()),
  focus: v.nullable(v.string()),
  feedback: v.nullable(v.string()),
  nextStep: v.nullable(v.string()),
  followUp: v.nullable(v.number()),
});
export type Coaching = v.InferOutput<typeof CoachingSchema>;

export const coachingTab = defineTab({
  name: 'Coaching',
  required: false,
  note: 'One row per coaching session (private).',
  columns: {
    date: required('date', day, { note: 'Date of the session.', validation: { kind: 'date' } }),
    repId: required('rep_id', text, { note: 'A rep_id from Reps.', validation: { kind: 'repId' } }),
    coach: optional('coach', text, { note: 'Who coached.' }),
    focus: optional('focus', text, { note: 'What the session was about.' }),
    feedback: optional('feedback', text, { note: 'Feedback given.' }),
    nextStep: optional('next_step', text, { note: 'Agreed next step.' }),
    followUp: optional('follow_up', day, {
      note: 'Date to follow up; due follow-ups raise an alert.',
      validation: { kind: 'date' },
    }),
  },
  build: (c, ctx): Coaching => ({
    row: ctx.row,
    day: c.date,
    repId: c.repId,
    coach: c.coach,
    focus: c.focus,
    feedback: c.feedback,
    nextStep: c.nextStep,
    followUp: c.followUp,
  }),
});
