// Team health for the sidebar: the toolkit's counts as plain JSON, and the reps the rep panel can show.
import type { EngineResult } from '../../../shared/engine';
import { compareText } from '../../../shared/order';
import type { TeamHealth } from '../../../shared/toolkit';
import type { RepChoice, TeamHealthData } from './toolkit-types';

export function teamHealthData(h: TeamHealth): TeamHealthData {
  return {
    reps: h.reps,
    tiers: { ...h.tiers },
    plans: {
      open: h.plans.open,
      proposed: h.plans.proposed,
      checkInsDue: h.plans.checkInsDue,
      checkInsOverdue: h.plans.checkInsOverdue,
    },
    coaching: { ...h.coaching },
    training: { ...h.training },
    hiring: h.hiring.map((r) => ({
      title: r.title,
      stages: r.stages.map((s) => ({ stage: s.stage, count: s.count })),
      stalled: r.stalled,
    })),
  };
}

/** Active reps (the assessed ones) by name, then rep id. */
export function repChoices(result: EngineResult): RepChoice[] {
  return result.model.toolkit.assessments
    .map((a) => ({ repId: a.repId, name: a.name, tier: a.tier }))
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.repId, b.repId));
}
