// The Commission Plans tab: rates, attainment tiers, caps, draws and contest spiffs (private).

import * as v from 'valibot';
import { amount, Bad, type Coercer, day, list, oneOf, text } from '../cells';
import { optional, required, withDefault } from '../spec';
import { defineTab } from '../tab';

export const COMMISSION_PERIODS = ['month', 'quarter'] as const;
export const TIER_MODES = ['marginal', 'retroactive'] as const;

const TierSchema = v.object({ fromPct: v.number(), multiplier: v.number() });
export type CommissionTier = v.InferOutput<typeof TierSchema>;

export const CommissionPlanSchema = v.object({
  row: v.number(),
  planId: v.string(),
  appliesTo: v.string(),
  period: v.picklist(COMMISSION_PERIODS),
  baseRatePct: v.number(),
  tiers: v.array(TierSchema),
  tierMode: v.picklist(TIER_MODES),
  cap: v.nullable(v.number()),
  spiffContestIds: v.array(v.string()),
  draw: v.nullable(v.number()),
  /** First and last day the plan is in effect (inclusive); null = open-ended. */
  effectiveFrom: v.nullable(v.number()),
  effectiveTo: v.nullable(v.number()),
});
export type CommissionPlan = v.InferOutput<typeof CommissionPlanSchema>;

const TIERS_FIX = 'Write tiers like 100:1.5, 125:2 (from 100% attainment the rate is 1.5x base).';

/** `100:1.5, 125:2` -> ascending tiers; each start % at most once. */
export const tiersCell: Coercer<CommissionTier[]> = (cell, env) => {
  const s = text(cell, env);
  if (s instanceof Bad) return s;
  const tiers: CommissionTier[] = [];
  for (const part of s.split(/[,;\n]+/)) {
    if (part.trim() === '') continue;
    const m = /^\s*(\d+(?:\.\d+)?)\s*%?\s*[:=]\s*(\d+(?:\.\d+)?)\s*x?\s*$/i.exec(part);
    if (!m) return new Bad(`has "${part.trim()}", which is not percent:multiplier`, TIERS_FIX);
    tiers.push({ fromPct: Number(m[1]), multiplier: Number(m[2]) });
  }
  tiers.sort((a, b) => a.fromPct - b.fromPct);
  for (let i = 1; i < tiers.length; i++) {
    if (tiers[i]?.fromPct === tiers[i - 1]?.fromPct)
      return new Bad('starts two tiers at the same percent', TIERS_FIX);
  }
  return tiers;
};

export const commissionPlansTab = defineTab({
  name: 'Commission Plans',
  required: false,
  note: 'One row per commission plan (private).',
  id: 'planId',
  columns: {
    planId: required('plan_id', text, { note: 'Unique id of the plan.' }),
    appliesTo: required('applies_to', text, { note: 'A rep_id, a role or a team.' }),
    period: withDefault('period', oneOf(COMMISSION_PERIODS), 'month', 'month', {
      note: 'month or quarter.',
      validation: { kind: 'list', values: COMMISSION_PERIODS },
    }),
    baseRate: withDefault('base_rate', amount, 0, '0', {
      note: '% of revenue paid as commission.',
      validation: { kind: 'number', min: 0 },
      onBad: 'error',
    }),
    tiers: withDefault('tiers', tiersCell, [], '(none)', {
      note: 'e.g. 100:1.5, 125:2 = from 100% attainment 1.5x the base rate.',
    }),
    tierMode: withDefault('tier_mode', oneOf(TIER_MODES), 'marginal', 'marginal', {
      note: 'marginal (only revenue above a tier) or retroactive (all revenue at the reached tier).',
      validation: { kind: 'list', values: TIER_MODES },
    }),
    cap: optional('cap', amount, {
      note: 'Maximum payout per period.',
      validation: { kind: 'number', min: 0 },
      onBad: 'error',
    }),
    spiffContestIds: withDefault('spiff_contest_ids', list, [], '(none)', {
      note: 'Contest ids whose prizes are paid as money.',
    }),
    draw: optional('draw', amount, {
      note: 'Guaranteed minimum payout per period.',
      validation: { kind: 'number', min: 0 },
      onBad: 'error',
    }),
    effectiveFrom: optional('effective_from', day, {
      note: 'First day the plan applies (blank = no start).',
      validation: { kind: 'date' },
    }),
    effectiveTo: optional('effective_to', day, {
      note: 'Last day the plan applies (blank = no end).',
      validation: { kind: 'date' },
    }),
  },
  build: (c, ctx): CommissionPlan | null => {
    if (c.effectiveFrom !== null && c.effectiveTo !== null && c.effectiveTo < c.effectiveFrom) {
      return ctx.error(
        'effective_to',
        ctx.valueOf('effective_to'),
        'The plan ends (effective_to) before it starts (effective_from); the row is left out.',
        'Make effective_to the same day as effective_from or later.',
      );
    }
    return {
      row: ctx.row,
      planId: c.planId,
      appliesTo: c.appliesTo,
      period: c.period,
      baseRatePct: c.baseRate,
      tiers: c.tiers,
      tierMode: c.tierMode,
      cap: c.cap,
      spiffContestIds: c.spiffContestIds,
      draw: c.draw,
      effectiveFrom: c.effectiveFrom,
      effectiveTo: c.effectiveTo,
    };
  },
});
