// Recognition milestones (e.g. 10 hi-fives received): their definitions, evaluator, and badge rows and awards.
import { compareText } from '../order';
import type { RunContext } from '../run-context';
import type { Day } from '../time';
import type { BadgeDef, Recognition, RecognitionKind } from '../workbook';
import type { AwardFact } from './facts';
import type { Award } from './types';

export interface MilestoneDef {
  readonly badgeId: string;
  readonly name: string;
  readonly kind: RecognitionKind;
  readonly threshold: number;
  readonly tier: 'bronze' | 'silver' | 'gold';
  readonly description: string;
}

export const RECOGNITION_MILESTONES: readonly MilestoneDef[] = [
  {
    badgeId: 'hi-fives-10',
    name: '10 Hi-fives',
    kind: 'hi-five',
    threshold: 10,
    tier: 'bronze',
    description: 'Received 10 hi-fives.',
  },
  {
    badgeId: 'hi-fives-25',
    name: '25 Hi-fives',
    kind: 'hi-five',
    threshold: 25,
    tier: 'silver',
    description: 'Received 25 hi-fives.',
  },
  {
    badgeId: 'hi-fives-50',
    name: '50 Hi-fives',
    kind: 'hi-five',
    threshold: 50,
    tier: 'gold',
    description: 'Received 50 hi-fives.',
  },
];

/**
 * The milestones as badge rows for the built-in catalogue (the engine adds them when there is no
 * Badges tab). Kind `manual` because no spec kind counts recognition: the engine awards them
 * itself (milestoneAwards), and a manager may still grant one with a Recognition `award` row.
 */
export const MILESTONE_BADGES: readonly BadgeDef[] = RECOGNITION_MILESTONES.map((m) => ({
  row: 0,
  badgeId: m.badgeId,
  name: m.name,
  kind: 'manual',
  metric: null,
  threshold: m.threshold,
  window: null,
  tier: m.tier,
  icon: '🙌',
  description: m.description,
  public: true,
}));

export interface MilestoneEarned {
  readonly badgeId: string;
  readonly repId: string;
  /** The day the threshold-th recognition of the kind arrived. */
  readonly earnedOn: Day;
  readonly value: number;
  readonly fact: Extract<AwardFact, { kind: 'milestone' }>;
}

/** Milestones reached by a count: the definitions whose threshold it meets. */
export function milestonesReached(
  kind: RecognitionKind,
  count: number,
  defs = RECOGNITION_MILESTONES,
): MilestoneDef[] {
  return defs.filter((m) => m.kind === kind && count >= m.threshold);
}

/**
 * Every milestone earned up to `asOf`, by rep id then threshold. Recognition is counted in
 * time order (at, then row); the milestone is earned on the day of the threshold-th one.
 */
export function evaluateMilestones(
  recognition: readonly Recognition[],
  asOf: Day,
  defs: readonly MilestoneDef[] = RECOGNITION_MILESTONES,
): MilestoneEarned[] {
  const byRep = new Map<string, Recognition[]>();
  for (const r of recognition) {
    if (r.day > asOf) continue;
    const list = byRep.get(r.to) ?? [];
    list.push(r);
    byRep.set(r.to, list);
  }
  const out: MilestoneEarned[] = [];
  for (const repId of [...byRep.keys()].sort(compareText)) {
    const list = byRep.get(repId)!.sort((a, b) => a.at - b.at || a.row - b.row);
    for (const def of [...defs].sort(
      (a, b) => a.threshold - b.threshold || compareText(a.badgeId, b.badgeId),
    )) {
      const ofKind = list.filter((r) => r.kind === def.kind);
      if (ofKind.length < def.threshold) continue;
      const nth = ofKind[def.threshold - 1]!;
      out.push({
        badgeId: def.badgeId,
        repId,
        earnedOn: nth.day,
        value: ofKind.length,
        fact: {
          kind: 'milestone',
          recognitionKind: def.kind,
          threshold: def.threshold,
          count: ofKind.length,
          reachedOn: nth.day,
          nthRow: nth.row,
          // In the order received, as the rows that count (not re-sorted by row).
          sources: { tab: 'Recognition', rows: ofKind.slice(0, def.threshold).map((r) => r.row) },
        },
      });
    }
  }
  return out;
}

/**
 * Awards for the milestone badges present in `badges`: all of them in built-in catalogue mode,
 * and with a Badges tab only those whose badge_id the manager kept (the tab's name and, when
 * given, threshold apply). Private hi-fives count too: privacy hides the message, not the count.
 */
export function milestoneAwards(ctx: Pick<RunContext, 'recognition' | 'badges' | 'asOf'>): Award[] {
  const { recognition, badges, asOf } = ctx;
  const byId = new Map(badges.map((b) => [b.badgeId, b] as const));
  const defs: MilestoneDef[] = [];
  for (const m of RECOGNITION_MILESTONES) {
    const b = byId.get(m.badgeId);
    if (b === undefined) continue;
    const threshold =
      b.threshold !== null && b.threshold >= 1 ? Math.floor(b.threshold) : m.threshold;
    defs.push({ ...m, name: b.name, threshold });
  }
  if (defs.length === 0) return [];
  return evaluateMilestones(recognition, asOf, defs).map((e) => ({
    badgeId: e.badgeId,
    repId: e.repId,
    earnedOn: e.earnedOn,
    window: null,
    value: defs.find((d) => d.badgeId === e.badgeId)!.threshold,
    fact: e.fact,
  }));
}
