// The org page's config (org.json beside the page): the org's name and each team's snapshot address, validated at the edge.
import * as v from 'valibot';
import { ContestSchema } from '../../../shared/snapshot';

const isoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

/**
 * An org contest named by the org (docs/org.md): the teams' own contests of this kind, metric
 * and dates are merged under this name. Without a `contests` list the page finds them itself.
 */
export const OrgContestRuleSchema = v.strictObject({
  name: v.pipe(v.string(), v.minLength(1)),
  // A team battle ranks groups inside one sheet: it does not add up across sheets.
  kind: v.picklist(ContestSchema.entries.kind.options.filter((k) => k !== 'team')),
  metric: v.pipe(v.string(), v.minLength(1)),
  start: isoDay,
  end: isoDay,
});

export const OrgConfigSchema = v.strictObject({
  schema: v.literal('bellringer.org'),
  name: v.pipe(v.string(), v.minLength(1)),
  /** A team whose data is older than this is shown as stale (default 24 hours). */
  staleAfterHours: v.optional(v.pipe(v.number(), v.minValue(1))),
  teams: v.pipe(
    v.array(v.strictObject({ name: v.pipe(v.string(), v.minLength(1)), url: v.string() })),
    v.minLength(1),
  ),
  contests: v.optional(v.array(OrgContestRuleSchema)),
});

export type OrgConfig = v.InferOutput<typeof OrgConfigSchema>;
export type OrgContestRule = v.InferOutput<typeof OrgContestRuleSchema>;

export type ConfigCheck =
  | { readonly ok: true; readonly config: OrgConfig }
  | { readonly ok: false; readonly reason: string };

export function validateOrgConfig(data: unknown): ConfigCheck {
  const result = v.safeParse(OrgConfigSchema, data);
  if (result.success) return { ok: true, config: result.output };
  const first = result.issues[0];
  const path = first ? v.getDotPath(first) : null;
  return {
    ok: false,
    reason: `The org config does not match its schema${path ? ` at "${path}"` : ''}: ${first?.message ?? 'unknown problem'}.`,
  };
}
