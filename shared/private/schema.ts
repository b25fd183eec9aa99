// A rep's private page: the bundle's allowlist (valibot). Each part is null when Settings leaves it off.
import * as v from 'valibot';

/** Bump when the shape changes incompatibly; the page refuses other versions. */
export const PRIVATE_BUNDLE_VERSION = 1;

const isoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const text = v.nullable(v.string());
const num = v.nullable(v.number());

export const PrivateTargetSchema = v.strictObject({
  kind: v.picklist(['week', 'month', 'quarter', 'year']),
  name: v.string(),
  start: isoDay,
  end: isoDay,
  revenue: v.number(),
  target: num,
  attainmentPct: num,
  /** Where attainment should be by now: working days gone ÷ working days × 100. */
  pacePct: v.number(),
  workingDaysElapsed: v.number(),
  workingDays: v.number(),
});

export const PrivateTierSchema = v.strictObject({
  tier: v.nullable(v.picklist(['A', 'B', 'C'])),
  reason: text,
  rollingAttainmentPct: num,
  trend: v.nullable(v.picklist(['rising', 'flat', 'falling'])),
  inRamp: v.boolean(),
  /** The months the tier is worked out from, oldest first. */
  window: v.array(v.string()),
});

/** One line of the statement as the add-on's statement dialog shows it (statementRows). */
export const StatementLineSchema = v.strictObject({
  item: v.string(),
  detail: v.string(),
  amount: num,
});

export const PrivateStatementSchema = v.strictObject({
  status: v.picklist(['current', 'closed']),
  period: v.string(),
  start: isoDay,
  end: isoDay,
  planId: v.string(),
  total: v.number(),
  lines: v.array(StatementLineSchema),
  /** The Commissions tab's explanation cell, word for word. */
  explanation: v.string(),
});

export const PrivateCoachingSchema = v.strictObject({
  sessions: v.array(
    v.strictObject({
      day: isoDay,
      coach: text,
      focus: text,
      feedback: text,
      nextStep: text,
      followUp: v.nullable(isoDay),
    }),
  ),
  followUps: v.array(
    v.strictObject({
      session: isoDay,
      followUp: isoDay,
      nextStep: text,
      state: v.picklist(['due', 'overdue', 'upcoming']),
    }),
  ),
});

export const PrivateTrainingSchema = v.array(
  v.strictObject({
    course: v.string(),
    category: text,
    assigned: v.nullable(isoDay),
    due: v.nullable(isoDay),
    completed: v.nullable(isoDay),
    state: v.picklist(['completed', 'overdue', 'due', 'open']),
  }),
);

export const PrivatePlanSchema = v.strictObject({
  planId: v.string(),
  opened: isoDay,
  ends: isoDay,
  daysLeft: v.number(),
  reason: text,
  metric: v.string(),
  target: num,
  value: v.number(),
  progressPct: num,
  elapsedPct: v.number(),
  steps: v.array(v.string()),
  checkIns: v.array(
    v.strictObject({
      day: isoDay,
      state: v.picklist(['held', 'overdue', 'due', 'upcoming']),
      heldOn: v.nullable(isoDay),
    }),
  ),
  support: text,
  consequences: text,
});

/** A badge the rep can take elsewhere: its Open Badges assertion and an "add to LinkedIn" link. */
export const PortableBadgeSchema = v.strictObject({
  name: v.string(),
  earnedOn: isoDay,
  assertionUrl: v.pipe(v.string(), v.startsWith('https://')),
  linkedInUrl: v.pipe(v.string(), v.startsWith('https://www.linkedin.com/')),
});

export const PrivateBundleSchema = v.strictObject({
  schema: v.literal('bellringer.private'),
  version: v.literal(PRIVATE_BUNDLE_VERSION),
  generatedAt: v.string(),
  asOf: isoDay,
  teamName: v.string(),
  currency: v.string(),
  /** The rep's own name: the page greets them; nobody else is named. */
  name: v.string(),
  target: v.nullable(v.array(PrivateTargetSchema)),
  tier: v.nullable(PrivateTierSchema),
  statement: v.nullable(
    v.strictObject({
      periods: v.array(PrivateStatementSchema),
      whatIf: v.nullable(
        v.strictObject({ extraAmount: v.number(), delta: v.number(), text: v.string() }),
      ),
    }),
  ),
  coaching: v.nullable(PrivateCoachingSchema),
  training: v.nullable(PrivateTrainingSchema),
  actionPlan: v.nullable(v.array(PrivatePlanSchema)),
  badges: v.array(PortableBadgeSchema),
});

export type PrivateBundle = v.InferOutput<typeof PrivateBundleSchema>;
export type PrivateTarget = v.InferOutput<typeof PrivateTargetSchema>;
export type PrivateStatement = v.InferOutput<typeof PrivateStatementSchema>;
export type PrivatePlan = v.InferOutput<typeof PrivatePlanSchema>;
export type PortableBadge = v.InferOutput<typeof PortableBadgeSchema>;

/** The bundle when it has the shape the page knows, else null: unknown data shows nothing. */
export function validateBundle(input: unknown): PrivateBundle | null {
  const r = v.safeParse(PrivateBundleSchema, input);
  return r.success ? r.output : null;
}
