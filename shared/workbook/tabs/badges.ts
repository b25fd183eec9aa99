// The Badges tab: the team's own badge catalogue (when missing, the built-in one applies).

import * as v from 'valibot';
import { amount, oneOf, text } from '../cells';
import { metricCell } from '../names';
import { optional, required, visibility } from '../spec';
import { defineTab } from '../tab';

export const BADGE_KINDS = [
  'threshold',
  'single_deal',
  'streak',
  'record',
  'improvement',
  'target_hit',
  'manual',
] as const;
export type BadgeKind = (typeof BADGE_KINDS)[number];
export const BADGE_WINDOWS = ['day', 'week', 'month', 'quarter', 'year', 'all'] as const;
export type BadgeWindow = (typeof BADGE_WINDOWS)[number];
export const BADGE_TIERS = ['bronze', 'silver', 'gold', 'platinum'] as const;
export type BadgeTier = (typeof BADGE_TIERS)[number];

export const BadgeDefSchema = v.object({
  row: v.number(),
  badgeId: v.string(),
  name: v.string(),
  kind: v.picklist(BADGE_KINDS),
  metric: v.nullable(v.string()),
  threshold: v.nullable(v.number()),
  window: v.nullable(v.picklist(BADGE_WINDOWS)),
  tier: v.nullable(v.picklist(BADGE_TIERS)),
  icon: v.nullable(v.string()),
  description: v.nullable(v.string()),
  public: v.boolean(),
});
export type BadgeDef = v.InferOutput<typeof BadgeDefSchema>;

// Kinds that cannot be judged without a threshold or a metric.
const NEEDS_THRESHOLD: ReadonlySet<BadgeKind> = new Set([
  'threshold',
  'single_deal',
  'streak',
  'improvement',
  'target_hit',
]);
const NEEDS_METRIC: ReadonlySet<BadgeKind> = new Set([
  'threshold',
  'streak',
  'record',
  'improvement',
]);

export const badgesTab = defineTab({
  name: 'Badges',
  required: false,
  note: 'One row per badge. Missing tab = the built-in catalogue (Set up writes it here to edit).',
  id: 'badgeId',
  columns: {
    badgeId: required('badge_id', text, { note: 'Unique id of the badge.' }),
    name: required('name', text, { note: 'Shown on the site.' }),
    kind: required('kind', oneOf(BADGE_KINDS), {
      note: 'threshold, single_deal, streak, record, improvement, target_hit or manual.',
      validation: { kind: 'list', values: BADGE_KINDS },
    }),
    metric: optional('metric', metricCell, {
      note: 'The metric judged (not needed for single_deal and manual).',
    }),
    threshold: optional('threshold', amount, {
      note: 'The bar to reach; its unit depends on the kind.',
      validation: { kind: 'number', min: 0 },
      onBad: 'error',
    }),
    window: optional('window', oneOf(BADGE_WINDOWS), {
      note: 'day, week, month, quarter, year or all.',
      validation: { kind: 'list', values: BADGE_WINDOWS },
    }),
    tier: optional('tier', oneOf(BADGE_TIERS), {
      note: 'bronze, silver, gold or platinum.',
      validation: { kind: 'list', values: BADGE_TIERS },
    }),
    icon: optional('icon', text, { note: 'An emoji.' }),
    description: optional('description', text, { note: 'How to earn it, in words.' }),
    public: visibility('public', 'no = shown only to the manager.', true),
  },
  build: (c, ctx): BadgeDef | null => {
    if (NEEDS_THRESHOLD.has(c.kind) && c.threshold === null) {
      return ctx.error(
        'threshold',
        null,
        `A ${c.kind} badge needs a threshold; the row is left out.`,
        'Fill in threshold.',
      );
    }
    if (NEEDS_METRIC.has(c.kind) && (c.metric === null || c.metric === '')) {
      return ctx.error(
        'metric',
        null,
        `A ${c.kind} badge needs a metric; the row is left out.`,
        'Fill in metric.',
      );
    }
    return {
      row: ctx.row,
      badgeId: c.badgeId,
      name: c.name,
      kind: c.kind,
      metric: c.metric,
      threshold: c.threshold,
      window: c.window,
      tier: c.tier,
      icon: c.icon,
      description: c.description,
      public: c.public,
    };
  },
});
