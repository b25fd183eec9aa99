// The Targets tab: a number to reach per rep, period and metric.

import * as v from 'valibot';
import { parsePeriodLabel } from '../../time';
import { amount, text } from '../cells';
import { metricCell } from '../names';
import { required } from '../spec';
import { defineTab } from '../tab';

export const TargetSchema = v.object({
  row: v.number(),
  repId: v.string(),
  period: v.string(),
  periodKind: v.picklist(['week', 'month', 'quarter', 'year']),
  metric: v.string(),
  target: v.number(),
});
export type Target = v.InferOutput<typeof TargetSchema>;

const PERIOD_FIX = 'Use a year (2026), quarter (2026-Q4), month (2026-11) or week (2026-W48).';

export const targetsTab = defineTab({
  name: 'Targets',
  required: false,
  note: 'Targets per rep, period and metric; monthly targets roll up to quarters and years and are prorated to weeks by working days.',
  columns: {
    repId: required('rep_id', text, { note: 'A rep_id from Reps.', validation: { kind: 'repId' } }),
    period: required('period', text, {
      note: '2026, 2026-Q4, 2026-11 or 2026-W48 (fiscal years per Settings).',
    }),
    metric: required('metric', metricCell, {
      note: 'revenue, won_deals, new_pipeline, activity_points or an activity type.',
    }),
    target: required('target', amount, {
      note: 'A number of 0 or more.',
      validation: { kind: 'number', min: 0 },
    }),
  },
  build: (c, ctx): Target | null => {
    let period: ReturnType<typeof parsePeriodLabel> = null;
    try {
      period = parsePeriodLabel(c.period, ctx.lookups.calendar);
    } catch {
      period = null;
    }
    if (period === null || period.kind === 'day') {
      return ctx.error(
        'period',
        c.period,
        `period "${c.period}" is not a period label; the row is left out.`,
        PERIOD_FIX,
      );
    }
    return {
      row: ctx.row,
      repId: c.repId,
      period: period.label,
      periodKind: period.kind,
      metric: c.metric,
      target: c.target,
    };
  },
});
