// Hire: the funnel per role (counts, conversion, days in stage), stalled candidates and scorecards.
import { compareText } from '../order';
import { roundTo } from '../format';
import type { Day } from '../time';
import { type CandidateStage, FUNNEL_STAGES } from '../workbook';
import { featureOn, type ToolkitCandidate, type ToolkitRole, type ToolkitWorkbook } from './inputs';

/** A stage of the funnel (the Candidates tab's stages without the exits). */
export type FunnelStageName = (typeof FUNNEL_STAGES)[number];

/** An offer (or a hire) needs at least this many reference checks. */
export const REQUIRED_REFERENCES = 2;
/** A must-have competency is met with a score of at least this (scores are 1–5). */
export const MUST_HAVE_MIN_SCORE = 3;

export interface FunnelStage {
  readonly stage: FunnelStageName;
  /** Candidates at this stage now. */
  readonly current: number;
  /** Candidates who reached it: at it now or past it (a skipped stage counts as passed). */
  readonly reached: number;
  /** reached(next stage) ÷ reached(this) × 100, one decimal; null for hired or when none reached. */
  readonly conversionPct: number | null;
  /** Median days at this stage of those at it now; for hired, the median days from applied to hired. */
  readonly medianDays: number | null;
}

export interface CompetencyAverage {
  readonly competency: string;
  readonly mustHave: boolean;
  readonly average: number | null;
  readonly scored: number;
}

export interface CandidateCard {
  readonly candidateId: string;
  readonly name: string;
  readonly roleId: string;
  readonly row: number;
  readonly stage: CandidateStage;
  readonly daysInStage: number | null;
  readonly stalled: boolean;
  /** Mean of the scores given for the role's competencies (all scores when the role is unknown). */
  readonly averageScore: number | null;
  readonly mustHaves: readonly { competency: string; score: number | null; met: boolean }[];
  readonly referencesChecked: number;
  readonly offerWithoutReferences: boolean;
}

export interface RoleFunnel {
  readonly roleId: string;
  /** null when the role is not in the Roles tab. */
  readonly title: string | null;
  readonly stages: readonly FunnelStage[];
  readonly rejected: number;
  readonly withdrawn: number;
  readonly competencies: readonly CompetencyAverage[];
  readonly candidates: readonly CandidateCard[];
}

const key = (s: string): string => s.toLowerCase().replace(/[\s_-]/g, '');

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  const m =
    values.length % 2 === 1
      ? (values[mid] as number)
      : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
  return roundTo(m, 1);
}

function scoreFor(c: ToolkitCandidate, competency: string): number | null {
  const want = key(competency);
  for (const [name, value] of Object.entries(c.scores)) if (key(name) === want) return value;
  return null;
}

/**
 * The role's must-haves: competencies of the role (under the competency's spelling) a candidate
 * must score MUST_HAVE_MIN_SCORE or more on. A must-have naming no competency is ignored (the
 * Roles tab reports it in Issues).
 */
function mustHavesOf(role: ToolkitRole | null): string[] {
  if (role === null) return [];
  const byKey = new Map(role.competencies.map((k) => [key(k), k]));
  const out: string[] = [];
  for (const m of role.mustHaves) {
    const competency = byKey.get(key(m));
    if (competency !== undefined && !out.includes(competency)) out.push(competency);
  }
  return out;
}

function card(
  c: ToolkitCandidate,
  role: ToolkitRole | null,
  asOf: Day,
  stall: number,
): CandidateCard {
  const stage = c.stage;
  const since = c.stageDate ?? c.applied;
  const daysInStage = since === null ? null : Math.max(0, asOf - since);
  const terminal = stage === 'hired' || stage === 'rejected' || stage === 'withdrawn';
  const scored = role
    ? role.competencies.map((k) => scoreFor(c, k)).filter((v): v is number => v !== null)
    : Object.values(c.scores);
  const refs = c.referencesChecked ?? 0;
  return {
    candidateId: c.candidateId,
    name: c.name,
    roleId: c.roleId,
    row: c.row,
    stage,
    daysInStage,
    stalled: !terminal && daysInStage !== null && daysInStage > stall,
    averageScore:
      scored.length > 0 ? roundTo(scored.reduce((a, b) => a + b, 0) / scored.length, 1) : null,
    mustHaves: mustHavesOf(role).map((m) => {
      const score = scoreFor(c, m);
      return { competency: m, score, met: score !== null && score >= MUST_HAVE_MIN_SCORE };
    }),
    referencesChecked: refs,
    offerWithoutReferences: (stage === 'offer' || stage === 'hired') && refs < REQUIRED_REFERENCES,
  };
}

function funnelStages(cands: readonly ToolkitCandidate[], cards: readonly CandidateCard[]) {
  const reached = FUNNEL_STAGES.map(() => 0);
  const current = FUNNEL_STAGES.map(() => 0);
  const days: number[][] = FUNNEL_STAGES.map(() => []);
  cards.forEach((k, i) => {
    const idx = FUNNEL_STAGES.indexOf(k.stage as FunnelStageName);
    // An exit does not say where the candidate left, so it counts only as entering the funnel.
    const top = Math.max(idx, 0);
    for (let s = 0; s <= top; s++) reached[s]!++;
    if (idx < 0) return;
    current[idx]!++;
    const c = cands[i]!;
    if (k.stage === 'hired') {
      if (c.applied !== null && c.stageDate !== null) days[idx]!.push(c.stageDate - c.applied);
    } else if (k.daysInStage !== null) days[idx]!.push(k.daysInStage);
  });
  return FUNNEL_STAGES.map((stage, i): FunnelStage => {
    const next = reached[i + 1];
    const here = reached[i]!;
    return {
      stage,
      current: current[i]!,
      reached: here,
      conversionPct: next === undefined || here === 0 ? null : roundTo((next / here) * 100, 1),
      medianDays: median(days[i]!),
    };
  });
}

/**
 * The funnel per role, roles in Roles-tab order, then roles only seen on candidates (by id).
 * Hiring is off (no funnels) when neither the Roles nor the Candidates tab is in the workbook.
 */
export function hiringReport(workbook: ToolkitWorkbook, asOf: Day): RoleFunnel[] {
  if (!featureOn(workbook, 'hiring')) return [];
  const stall = workbook.settings.hiringStallDays;
  const roles = new Map(workbook.roles.map((r) => [r.roleId, r]));
  const ids = [...roles.keys()];
  const extra = [...new Set(workbook.candidates.map((c) => c.roleId))]
    .filter((id) => !roles.has(id))
    .sort(compareText);
  return [...ids, ...extra].map((roleId) => {
    const role = roles.get(roleId) ?? null;
    const cands = workbook.candidates
      .filter((c) => c.roleId === roleId)
      .sort((a, b) => a.row - b.row);
    const cards = cands.map((c) => card(c, role, asOf, stall));
    const must = new Set(mustHavesOf(role).map(key));
    return {
      roleId,
      title: role?.title ?? null,
      stages: funnelStages(cands, cards),
      rejected: cards.filter((k) => k.stage === 'rejected').length,
      withdrawn: cards.filter((k) => k.stage === 'withdrawn').length,
      competencies: (role?.competencies ?? []).map((competency) => {
        const scores = cands
          .map((c) => scoreFor(c, competency))
          .filter((v): v is number => v !== null);
        return {
          competency,
          mustHave: must.has(key(competency)),
          average:
            scores.length > 0
              ? roundTo(scores.reduce((a, b) => a + b, 0) / scores.length, 1)
              : null,
          scored: scores.length,
        };
      }),
      candidates: cards,
    };
  });
}
