// The Candidates tab: the hiring pipeline, with one 1-5 score column per competency of the role.

import * as v from 'valibot';
import { Bad, cellText, count, day, numberCell, oneOf, text } from '../cells';
import { headerKey, isBlank } from '../headers';
import { optional, required, withDefault } from '../spec';
import { defineTab } from '../tab';

/** The hiring funnel in order: a candidate at a stage has passed every stage before it. */
export const FUNNEL_STAGES = [
  'sourced',
  'screen',
  'interview',
  'references',
  'offer',
  'hired',
] as const;
/** The two ways out of the funnel. */
export const EXIT_STAGES = ['rejected', 'withdrawn'] as const;
/** Every value of the stage column: the funnel, then the exits. */
export const CANDIDATE_STAGES = [...FUNNEL_STAGES, ...EXIT_STAGES] as const;
export type CandidateStage = (typeof CANDIDATE_STAGES)[number];

export const CandidateSchema = v.object({
  row: v.number(),
  candidateId: v.string(),
  name: v.string(),
  roleId: v.string(),
  source: v.nullable(v.string()),
  stage: v.picklist(CANDIDATE_STAGES),
  applied: v.nullable(v.number()),
  stageDate: v.nullable(v.number()),
  scores: v.record(v.string(), v.number()),
  referencesChecked: v.nullable(v.number()),
  decision: v.nullable(v.string()),
  notes: v.nullable(v.string()),
});
export type Candidate = v.InferOutput<typeof CandidateSchema>;

const score = numberCell({ min: 1, max: 5 });

export const candidatesTab = defineTab({
  name: 'Candidates',
  required: false,
  note: 'One row per candidate; add one column per competency of the role, scored 1-5.',
  id: 'candidateId',
  extraColumns: true,
  columns: {
    candidateId: required('candidate_id', text, { note: 'Unique id of the candidate.' }),
    name: required('name', text, { note: "Candidate's name (private)." }),
    roleId: required('role_id', text, { note: 'A role_id from Roles.' }),
    source: optional('source', text, { note: 'Where the candidate came from.' }),
    stage: withDefault('stage', oneOf(CANDIDATE_STAGES), 'sourced', 'sourced', {
      note: 'sourced, screen, interview, references, offer, hired, rejected or withdrawn.',
      validation: { kind: 'list', values: CANDIDATE_STAGES },
    }),
    applied: optional('applied', day, { note: 'Date applied.', validation: { kind: 'date' } }),
    stageDate: optional('stage_date', day, {
      note: 'Date the current stage began.',
      validation: { kind: 'date' },
    }),
    referencesChecked: optional('references_checked', count, {
      note: 'How many references were checked.',
      validation: { kind: 'number', min: 0 },
    }),
    decision: optional('decision', text, { note: 'Hiring decision and why.' }),
    notes: optional('notes', text, { note: 'Private notes.' }),
  },
  build: (c, ctx): Candidate | null => {
    const role = ctx.lookups.roles.get(c.roleId);
    if (role === undefined) {
      return ctx.error(
        'role_id',
        c.roleId,
        `role_id "${c.roleId}" is not in the Roles tab; the row is left out.`,
        'Use a role_id from the Roles tab, or add the role there.',
      );
    }
    const scores: [string, number][] = [];
    for (const competency of role.competencies) {
      const index = ctx.header.index.get(headerKey(competency));
      const cell = index === undefined ? undefined : ctx.cells[index];
      if (cell === null || cell === undefined || isBlank(cell)) continue;
      const s = score(cell, ctx.lookups.env);
      if (s instanceof Bad) {
        ctx.warn(
          competency,
          cellText(cell),
          `The ${competency} score ${s.problem}; it is left blank.`,
          'Score each competency from 1 to 5.',
        );
      } else scores.push([competency, s]);
    }
    return {
      row: ctx.row,
      candidateId: c.candidateId,
      name: c.name,
      roleId: c.roleId,
      source: c.source,
      stage: c.stage,
      applied: c.applied,
      stageDate: c.stageDate,
      scores: Object.fromEntries(scores),
      referencesChecked: c.referencesChecked,
      decision: c.decision,
      notes: c.notes,
    };
  },
});
