// The Roles tab: jobs being hired for, with the competencies candidates are scored on.

import * as v from 'valibot';
import { list, text } from '../cells';
import { optional, required, withDefault } from '../spec';
import { defineTab, type RowContext } from '../tab';

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
      note: 'Comma-separated competencies (from this row) a candidate must score 3 or more on.',
    }),
  },
  build: (c, ctx): Role => ({
    row: ctx.row,
    roleId: c.roleId,
    title: c.title,
    description: c.description,
    competencies: c.competencies,
    mustHaves: mustHavesOf(c.competencies, c.mustHaves, ctx),
  }),
});

/** Matched like headers: `Closing Skill` = `closing_skill`. */
const nameKey = (s: string): string => s.toLowerCase().replace(/[\s_-]/g, '');

/**
 * A must-have is one of the role's competencies (scored in Candidates); each is kept under the
 * competency's own spelling. One that names no competency is reported and ignored.
 */
function mustHavesOf(
  competencies: readonly string[],
  mustHaves: readonly string[],
  ctx: RowContext,
): string[] {
  const byKey = new Map(competencies.map((k) => [nameKey(k), k]));
  const out: string[] = [];
  for (const m of mustHaves) {
    const competency = byKey.get(nameKey(m));
    if (competency === undefined) {
      ctx.warn(
        'must_haves',
        m,
        `"${m}" is not one of this role's competencies, so it is ignored`,
        `List must-haves from the competencies column (${competencies.length > 0 ? competencies.join(', ') : 'none yet'}), or add "${m}" to the competencies and score it in Candidates.`,
      );
    } else if (!out.includes(competency)) out.push(competency);
  }
  return out;
}
