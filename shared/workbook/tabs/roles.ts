// The Roles tab: jobs being hired for, with the competencies candidates are scored on.

import * as v from 'valibot';
import { list, text } from '../cells';
import { optional, required, withDefault } from '../spec';
import { defineTab } from '../tab';

export const RoleSchema = v.object({
  row: v.number(),
  roleId: v.string(),
  title: v.string(),
  description: v.nullable(v.string()),
  competencies: v.array(v.string()),
  mustHaves: v.array(v.string()),
});
export type Role = v.InferOutput<typeof RoleSchema>;

export const rolesTab = defineTab({
  name: 'Roles',
  required: false,
  note: 'One row per role being hired for.',
  id: 'roleId',
  columns: {
    roleId: required('role_id', text, { note: 'Unique id of the role.' }),
    title: required('title', text, { note: 'Job title.' }),
    description: optional('description', text, { note: 'What the job is.' }),
    competencies: withDefault('competencies', list, [], '(none)', {
      note: 'Comma-separated; each becomes a score column in Candidates.',
    }),
    mustHaves: withDefault('must_haves', list, [], '(none)', {
      note: 'Comma-separated must-have requirements.',
    }),
  },
  build: (c, ctx): Role => ({
    row: ctx.row,
    roleId: c.roleId,
    title: c.title,
    description: c.description,
    competencies: c.competencies,
    mustHaves: c.mustHaves,
  }),
});
