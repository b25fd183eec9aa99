// Training badges: a `manual` badge whose metric names a course, a category or `training` is earned by completing it.
import type { Day } from '../time';
import type { BadgeDef, Training } from '../workbook';
import { normalizeMetric } from '../workbook';
import { compareAwards } from './award-order';
import type { Award } from './types';

/** The Training columns a training badge reads. */
export type TrainingCompletion = Pick<
  Training,
  'row' | 'repId' | 'course' | 'category' | 'completed'
>;

/** What training badges read of the workbook: the reps and their Training rows. */
export interface TrainingBadgeInput {
  readonly reps: readonly { readonly repId: string }[];
  readonly training: readonly TrainingCompletion[];
}

export type TrainingBadgeDef = Pick<
  BadgeDef,
  'badgeId' | 'name' | 'kind' | 'metric' | 'threshold' | 'public'
>;

/** What a badge's metric asks for: any course, a category, or one course (names normalised). */
function matcher(metric: string): (t: TrainingCompletion) => boolean {
  if (metric === 'training' || metric === 'course') return () => true;
  if (metric === 'product' || metric === 'technique') return (t) => t.category === metric;
  return (t) => normalizeMetric(t.course) === metric;
}

/**
 * Awards for `manual` badges tied to training. A manual badge whose metric is `training` (any
 * course), `product` or `technique` (a category) or a course name is earned on the day the rep
 * completes `threshold` matching courses (1 when blank), once. Whether it shows on the site is
 * the badge's own `public` flag, as for every badge: the manager decides, and the snapshot
 * builder applies it. Completions after the as-of day do not count yet.
 */
export function trainingBadgeAwards(ctx: {
  readonly workbook: TrainingBadgeInput;
  readonly badges: readonly TrainingBadgeDef[];
  readonly asOf: Day;
}): Award[] {
  const { workbook, badges, asOf } = ctx;
  const out: Award[] = [];
  // Completed courses per rep, in completion order (day, then row).
  const doneByRep = new Map<string, TrainingCompletion[]>();
  const done = workbook.training
    .filter((t) => t.completed !== null && t.completed <= asOf)
    .sort((a, b) => (a.completed as Day) - (b.completed as Day) || a.row - b.row);
  for (const t of done) {
    const list = doneByRep.get(t.repId) ?? [];
    list.push(t);
    doneByRep.set(t.repId, list);
  }
  for (const badge of badges) {
    if (badge.kind !== 'manual' || badge.metric === null || badge.metric === '') continue;
    const matches = matcher(badge.metric);
    const need = Math.max(1, Math.floor(badge.threshold ?? 1));
    for (const rep of workbook.reps) {
      const mine = (doneByRep.get(rep.repId) ?? []).filter(matches);
      const hit = mine[need - 1];
      if (!hit) continue;
      const courses = mine
        .slice(0, need)
        .map((t) => ({ course: t.course, completed: t.completed as Day, row: t.row }));
      out.push({
        badgeId: badge.badgeId,
        repId: rep.repId,
        earnedOn: hit.completed as Day,
        window: null,
        value: need,
        fact: {
          kind: 'training',
          courses,
          sources: { tab: 'Training', rows: courses.map((c) => c.row).sort((a, b) => a - b) },
        },
      });
    }
  }
  return out.sort(compareAwards);
}
