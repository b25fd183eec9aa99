// Roles and a candidate pipeline across every stage, including an offer made without reference checks.
import { tabHeader } from '../workbook';
import { isoDay } from '../time';
import type { DemoContext, DemoRow } from './context';
import { FIRST_NAMES, LAST_NAMES } from './names';

const ROLES = [
  {
    id: 'AE',
    title: 'Account Executive',
    description: 'Owns new business from first meeting to signature.',
    competencies: ['Prospecting', 'Discovery', 'Closing', 'Coachability'],
    mustHaves: ['Closing', 'Coachability'],
  },
  {
    id: 'SDR',
    title: 'Sales Development Rep',
    description: 'Books qualified meetings for the account executives.',
    competencies: ['Prospecting', 'Resilience', 'Communication', 'Coachability'],
    mustHaves: ['Communication', 'Resilience'],
  },
] as const;

const SCORE_COLUMNS = [
  'Prospecting',
  'Discovery',
  'Closing',
  'Coachability',
  'Resilience',
  'Communication',
];

/** Stage, days since applied, days in the current stage, references checked. */
const PIPELINE: readonly [string, number, number, number][] = [
  ['sourced', 3, 3, 0],
  ['sourced', 6, 6, 0],
  ['screen', 9, 4, 0],
  ['screen', 30, 22, 0],
  ['interview', 14, 5, 0],
  ['interview', 21, 9, 0],
  ['references', 28, 6, 1],
  ['offer', 35, 3, 0],
  ['offer', 40, 8, 2],
  ['hired', 70, 20, 2],
  ['rejected', 25, 10, 0],
  ['rejected', 45, 30, 0],
  ['withdrawn', 33, 12, 0],
];

export function rolesGrid(): DemoRow[] {
  return [
    tabHeader('Roles'),
    ...ROLES.map((r) => [
      r.id,
      r.title,
      r.description,
      r.competencies.join(', '),
      r.mustHaves.join(', '),
    ]),
  ];
}

/** The Candidates header with the demo roles' competency scores after stage_date (the tab's own columns). */
function withScoreColumns(header: readonly string[]): string[] {
  const at = header.indexOf('stage_date') + 1;
  return [...header.slice(0, at), ...SCORE_COLUMNS, ...header.slice(at)];
}

export function candidatesGrid(ctx: DemoContext): DemoRow[] {
  const rng = ctx.rng('hiring');
  const rows: DemoRow[] = [withScoreColumns(tabHeader('Candidates'))];
  PIPELINE.forEach(([stage, applied, inStage, refs], i) => {
    const role = ROLES[i % 3 === 2 ? 1 : 0];
    const interviewed = !['sourced', 'screen'].includes(stage);
    const scores = SCORE_COLUMNS.map((c) =>
      interviewed && (role.competencies as readonly string[]).includes(c)
        ? rng.int(stage === 'rejected' ? 1 : 3, 5)
        : '',
    );
    const decision =
      stage === 'hired'
        ? 'hire'
        : stage === 'rejected'
          ? 'no hire'
          : stage === 'offer'
            ? 'hire'
            : '';
    rows.push([
      `CAND-${String(i + 1).padStart(2, '0')}`,
      `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
      role.id,
      rng.pick(['Referral', 'LinkedIn', 'Job board', 'Careers page']),
      stage,
      isoDay(ctx.asOf - applied),
      isoDay(ctx.asOf - inStage),
      ...scores,
      refs,
      decision,
      stage === 'offer' && refs === 0
        ? 'Offer sent before references: check them before start date.'
        : '',
    ]);
  });
  return rows;
}
