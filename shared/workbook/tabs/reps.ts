// The Reps tab: who is on the team (the only required tab).

import * as v from 'valibot';
import { day, httpsUrl, text } from '../cells';
import { optional, required, visibility } from '../spec';
import { defineTab } from '../tab';

export const RepSchema = v.object({
  row: v.number(),
  repId: v.string(),
  name: v.string(),
  email: v.nullable(v.string()),
  team: v.nullable(v.string()),
  manager: v.nullable(v.string()),
  role: v.nullable(v.string()),
  startDate: v.nullable(v.number()),
  active: v.boolean(),
  public: v.boolean(),
  avatarUrl: v.nullable(v.string()),
});
export type Rep = v.InferOutput<typeof RepSchema>;

export const repsTab = defineTab({
  name: 'Reps',
  required: true,
  note: 'One row per rep. rep_id is how every other tab refers to the rep.',
  id: 'repId',
  columns: {
    repId: required('rep_id', text, { note: 'Unique id of the rep, used in every other tab.' }),
    name: required('name', text, { note: 'Display name.' }),
    email: optional('email', text, { note: 'Private; never published.' }),
    team: optional('team', text, { note: 'Team name, for team boards and contests.' }),
    manager: optional('manager', text, { note: "The rep's manager." }),
    role: optional('role', text, { note: 'Role (a role_id or title), for commission plans.' }),
    startDate: optional('start_date', day, {
      note: 'Hire date; new hires ramp for ramp_months.',
      validation: { kind: 'date' },
    }),
    active: visibility('active', 'no = left the team; kept for history.', false),
    public: visibility('public', 'no = never shown by name on the site.', true),
    avatarUrl: optional('avatar_url', httpsUrl, { note: 'Picture link; https only.' }),
  },
  build: (c, ctx): Rep => ({
    row: ctx.row,
    repId: c.repId,
    name: c.name,
    email: c.email,
    team: c.team,
    manager: c.manager,
    role: c.role,
    startDate: c.startDate,
    active: c.active,
    public: c.public,
    avatarUrl: c.avatarUrl,
  }),
});
