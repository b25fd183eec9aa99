// The Deals tab: pipeline and results; a won deal counts on its close date.

import * as v from 'valibot';
import { dayOfAt, isoDay } from '../../time';
import type { Day } from '../../time';
import { amount, at, day, oneOf, text } from '../cells';
import { headerKey } from '../headers';
import { optional, required, withDefault } from '../spec';
import { defineTab, type RowContext } from '../tab';

export const DEAL_STATUSES = ['open', 'won', 'lost'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

export const DealSchema = v.object({
  row: v.number(),
  dealId: v.string(),
  repId: v.string(),
  account: v.nullable(v.string()),
  product: v.nullable(v.string()),
  amount: v.number(),
  stage: v.nullable(v.string()),
  status: v.picklist(DEAL_STATUSES),
  createdDay: v.nullable(v.number()),
  closeDay: v.nullable(v.number()),
  closeAt: v.nullable(v.number()),
  expectedCloseDay: v.nullable(v.number()),
  /** The day a deal now lost had been won (column `won_date`), kept so commission is clawed back. */
  wonDay: v.nullable(v.number()),
});
export type Deal = v.InferOutput<typeof DealSchema>;

/** The status a stage implies when the status cell is blank. */
export function statusFromStage(stage: string | null): DealStatus {
  if (stage === null) return 'open';
  const k = headerKey(stage);
  if (k === 'won' || k === 'closedwon') return 'won';
  if (k === 'lost' || k === 'closedlost') return 'lost';
  return 'open';
}

export const dealsTab = defineTab({
  name: 'Deals',
  required: false,
  note: 'One row per deal. A won deal counts for its rep in the period of its close date.',
  id: 'dealId',
  columns: {
    dealId: required('deal_id', text, { note: 'Unique id of the deal.' }),
    repId: required('rep_id', text, {
      note: 'The owner: a rep_id from Reps.',
      validation: { kind: 'repId' },
    }),
    account: optional('account', text, { note: 'Customer name.' }),
    product: optional('product', text, { note: 'Product sold.' }),
    amount: withDefault('amount', amount, 0, '0', {
      note: 'Deal value (blank = 0).',
      validation: { kind: 'number', min: 0 },
      onBad: 'error',
    }),
    stage: optional('stage', text, {
      note: 'Your pipeline stage; "won"/"closed won" and "lost"/"closed lost" set the status.',
    }),
    status: optional(
      'status',
      oneOf(DEAL_STATUSES, { 'closed won': 'won', 'closed lost': 'lost' }),
      {
        note: 'open, won or lost; blank = read from the stage.',
        validation: { kind: 'list', values: DEAL_STATUSES },
      },
    ),
    createdDate: optional('created_date', day, {
      note: 'When the deal was created (new pipeline).',
      validation: { kind: 'date' },
    }),
    closeDate: optional('close_date', at, {
      note: 'Required when won or lost.',
      validation: { kind: 'date' },
    }),
    expectedClose: optional('expected_close', day, {
      note: 'Forecast close date.',
      validation: { kind: 'date' },
    }),
    wonDate: optional('won_date', day, {
      note: 'For a won deal later lost: the day it was won (its commission is clawed back).',
      validation: { kind: 'date' },
    }),
  },
  build: (c, ctx): Deal | null => {
    const status = c.status ?? statusFromStage(c.stage);
    if (status !== 'open' && c.closeDate === null) {
      return ctx.error(
        'close_date',
        null,
        `The deal is ${status} but has no close_date; the row is left out.`,
        'Fill in the date the deal was closed.',
      );
    }
    const closeDay = c.closeDate === null ? null : dayOfAt(c.closeDate);
    checkDeal(c.stage, c.status, status, c.createdDate, closeDay, ctx);
    let wonDay = c.wonDate;
    if (wonDay !== null && status === 'open') {
      ctx.warn(
        'won_date',
        ctx.valueOf('won_date'),
        'The deal is open but has a won_date; the won_date is ignored.',
        'Clear won_date, or set the status to lost if the deal was won and then lost.',
      );
      wonDay = null;
    } else if (wonDay !== null && status === 'lost' && closeDay !== null && wonDay > closeDay) {
      ctx.warn(
        'won_date',
        ctx.valueOf('won_date'),
        'The won_date is after the close_date of this lost deal; the won_date is ignored.',
        'close_date of a lost deal is the day it was lost: make won_date that day or earlier.',
      );
      wonDay = null;
    }
    return {
      row: ctx.row,
      dealId: c.dealId,
      repId: c.repId,
      account: c.account,
      product: c.product,
      amount: c.amount,
      stage: c.stage,
      status,
      createdDay: c.createdDate,
      closeDay,
      closeAt: c.closeDate,
      expectedCloseDay: c.expectedClose,
      wonDay,
    };
  },
});

/**
 * Warnings for deal data that cannot be true; the row is kept as given (status wins over stage),
 * so the rep still gets credit while the manager fixes the sheet.
 */
function checkDeal(
  stage: string | null,
  given: DealStatus | null,
  status: DealStatus,
  createdDay: Day | null,
  closeDay: Day | null,
  ctx: RowContext,
): void {
  if (closeDay !== null && createdDay !== null && closeDay < createdDay) {
    ctx.warn(
      'close_date',
      ctx.valueOf('close_date'),
      `The close_date ${isoDay(closeDay)} is before the created_date ${isoDay(createdDay)}; both are kept as given.`,
      'Check both dates: a deal closes on or after the day it was created.',
    );
  }
  const implied = statusFromStage(stage);
  if (given !== null && implied !== 'open' && implied !== given) {
    ctx.warn(
      'status',
      ctx.valueOf('status'),
      `The status is ${given} but the stage "${stage}" says ${implied}; the deal is read as ${given}.`,
      `Make status and stage agree: set the status to ${implied}, or move the deal to its real stage.`,
    );
  }
  if (status === 'won' && ctx.header.index.has('amount') && ctx.valueOf('amount') === null) {
    ctx.warn(
      'amount',
      null,
      'The deal is won but its amount is blank, so it counts as 0 revenue.',
      'Fill in the amount the deal was won for.',
    );
  }
}
