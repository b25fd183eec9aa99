// The Plan Template tab (two columns, field and value): the fields, their notes, and the seed grid.

import * as v from 'valibot';
import { type Coercer, lines, numberCell, text } from '../cells';
import type { Grid } from '../grid';
import type { TabSpec } from '../spec';

export const PLAN_TEMPLATE_TAB = 'Plan Template';

export const PLAN_TEMPLATE_HEADER = ['field', 'value'] as const;

/** The longest a plan may run, extension included; a longer length_days is capped to it. */
export const PLAN_TEMPLATE_MAX_LENGTH_DAYS = 60;

/** The tab as read: a blank (or bad) field is null, and the built-in template's value applies. */
export const PlanTemplateSchema = v.object({
  steps: v.nullable(v.array(v.string())),
  checkInEveryDays: v.nullable(v.number()),
  lengthDays: v.nullable(v.number()),
  support: v.nullable(v.string()),
  consequences: v.nullable(v.string()),
});
export type PlanTemplate = v.InferOutput<typeof PlanTemplateSchema>;

/** A complete template: every field set (the built-in one, or a tab merged over it). */
export interface PlanTemplateValues {
  readonly steps: readonly string[];
  readonly checkInEveryDays: number;
  readonly lengthDays: number;
  readonly support: string;
  readonly consequences: string;
}

export type PlanTemplateKey = keyof PlanTemplate;

export interface PlanTemplateField<K extends PlanTemplateKey = PlanTemplateKey> {
  /** The name in the tab's field column, e.g. `check_in_every_days`. */
  readonly field: string;
  readonly key: K;
  readonly coerce: Coercer<NonNullable<PlanTemplate[K]>>;
  /** One line for the field's note: what it means. */
  readonly note: string;
}

function field<K extends PlanTemplateKey>(
  name: string,
  key: K,
  coerce: Coercer<NonNullable<PlanTemplate[K]>>,
  note: string,
): PlanTemplateField<K> {
  return { field: name, key, coerce, note };
}

/** Every field of the tab, in the order Set up writes them. The one list the parser and Set up share. */
export const PLAN_TEMPLATE_FIELDS: readonly PlanTemplateField[] = [
  field(
    'steps',
    'steps',
    lines,
    'The steps of a plan, one per line. Copy into the steps column of Action Plans and adapt to the rep.',
  ),
  field(
    'check_in_every_days',
    'checkInEveryDays',
    numberCell({ min: 1, max: PLAN_TEMPLATE_MAX_LENGTH_DAYS, integer: true }),
    'Days between check-ins. A check-in is held by a Coaching row with the rep on or after its date.',
  ),
  field(
    'length_days',
    'lengthDays',
    numberCell({ min: 1, integer: true }),
    `How long a plan runs, in days (at most ${PLAN_TEMPLATE_MAX_LENGTH_DAYS}, extension included).`,
  ),
  field('support', 'support', text, 'What the manager and the team give the rep during the plan.'),
  field(
    'consequences',
    'consequences',
    text,
    'What happens if the plan target is not met by the end date. State it plainly, up front.',
  ),
];

export const PLAN_TEMPLATE_TAB_SPEC: TabSpec = {
  name: 'Plan Template',
  required: false,
  note: `Two columns, field and value; one row per field (${PLAN_TEMPLATE_FIELDS.length} fields, all optional). Proposed action plans follow it (private).`,
  columns: [
    {
      header: 'field',
      required: true,
      note: 'The template field, e.g. steps.',
      validation: { kind: 'list', values: PLAN_TEMPLATE_FIELDS.map((f) => f.field) },
      defaultText: null,
    },
    {
      header: 'value',
      required: true,
      note: "Its value; blank = the built-in template's.",
      validation: { kind: 'text' },
      defaultText: null,
    },
  ],
};

/**
 * The tab's rows for a complete template, header first: steps in one cell, one per line, as the
 * Action Plans tab's steps column takes them, so a manager can copy a cell across unchanged.
 */
export function planTemplateGrid(t: PlanTemplateValues): Grid {
  return [
    [...PLAN_TEMPLATE_HEADER],
    ...PLAN_TEMPLATE_FIELDS.map((f) => {
      const value = t[f.key];
      return [f.field, typeof value === 'object' ? value.join('\n') : value];
    }),
  ];
}
