// The Recognition tab: hi-fives, shout-outs and manual badge awards.

import * as v from 'valibot';
import { dayOfAt } from '../../time';
import { at, oneOf, text } from '../cells';
import { optional, required, visibility, withDefault } from '../spec';
import { defineTab } from '../tab';

export const RECOGNITION_KINDS = ['hi-five', 'shout-out', 'award'] as const;
export type RecognitionKind = (typeof RECOGNITION_KINDS)[number];

export const RecognitionSchema = v.object({
  row: v.number(),
  day: v.number(),
  at: v.number(),
  to: v.string(),
  from: v.nullable(v.string()),
  fromRepId: v.nullable(v.string()),
  kind: v.picklist(RECOGNITION_KINDS),
  badgeId: v.nullable(v.string()),
  message: v.nullable(v.string()),
  public: v.boolean(),
});
export type Recognition = v.InferOutput<typeof RecognitionSchema>;

export const recognitionTab = defineTab({
  name: 'Recognition',
  required: false,
  note: 'One row per hi-five, shout-out or award.',
  columns: {
    date: required('date', at, { note: 'When it was given.', validation: { kind: 'date' } }),
    to: required('to', text, { note: 'The rep_id recognised.', validation: { kind: 'repId' } }),
    from: optional('from', text, { note: 'A rep_id or any name.' }),
    kind: withDefault(
      'kind',
      oneOf(RECOGNITION_KINDS, { hifive: 'hi-five', shoutout: 'shout-out' }),
      'shout-out',
      'shout-out',
      {
        note: 'hi-five, shout-out or award (blank = shout-out).',
        validation: { kind: 'list', values: RECOGNITION_KINDS },
      },
    ),
    badgeId: optional('badge_id', text, { note: 'For award: a manual badge from Badges.' }),
    message: optional('message', text, { note: 'What it is for (public unless public = no).' }),
    public: visibility('public', 'no = shown only to the manager.', true),
  },
  build: (c, ctx): Recognition => {
    let badgeId = c.badgeId;
    if (c.kind === 'award') {
      const badges = ctx.lookups.badges;
      const def = badgeId === null ? undefined : badges?.get(badgeId);
      if (badgeId === null) {
        ctx.warn(
          'badge_id',
          null,
          'An award has no badge_id; it is shown without a badge.',
          'Fill in the badge_id of a manual badge.',
        );
      } else if (badges !== null && def === undefined) {
        ctx.warn(
          'badge_id',
          badgeId,
          `badge_id "${badgeId}" is not in the Badges tab; it is shown without a badge.`,
          'Use a badge_id from the Badges tab.',
        );
        badgeId = null;
      } else if (def !== undefined && def.kind !== 'manual') {
        ctx.warn(
          'badge_id',
          badgeId,
          `Badge "${badgeId}" is earned automatically (kind ${def.kind}), not awarded by hand; it is shown without a badge.`,
          'Award a badge of kind manual, or let the engine award this one.',
        );
        badgeId = null;
      }
    }
    const from = c.from;
    return {
      row: ctx.row,
      day: dayOfAt(c.date),
      at: c.date,
      to: c.to,
      from,
      fromRepId: from !== null && ctx.lookups.repIds.has(from) ? from : null,
      kind: c.kind,
      badgeId,
      message: c.message,
      public: c.public,
    };
  },
});
