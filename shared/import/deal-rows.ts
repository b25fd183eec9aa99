// Export rows → deals: status from the status, won/closed flags or stage; owner, amount, currency and dates per row.
import type { DataIssue } from '../issues';
import { isoDay, dayOfAt } from '../time';
import type { Cell, DealStatus } from '../workbook';
import { currencyCode, parseAmount } from './amounts';
import { exportIssue, type RowReader } from './cells';
import { type DateContext, type ReadDate, readDate } from './dates';
import type { MappedDeal } from './facts';
import type { DecimalMark } from './mapping';
import type { StageOutcome } from './stages';

const YES = new Set(['1', 'true', 'yes', 'y', 'x', 'won', 'closed']);
const NO = new Set(['0', 'false', 'no', 'n', '']);

/** The word that decides a row's status and where it came from; null when the row says nothing. */
export function statusWord(row: readonly Cell[], read: RowReader): string | null {
  const status = read.text(row, 'status');
  if (status !== null) return status;
  const won = read.text(row, 'won_flag')?.toLowerCase();
  const closed = read.text(row, 'closed_flag')?.toLowerCase();
  if (won !== undefined && YES.has(won)) return 'won';
  if (closed !== undefined && YES.has(closed) && won !== undefined && NO.has(won)) return 'lost';
  if (closed !== undefined && NO.has(closed)) return 'open';
  return read.text(row, 'stage');
}

export interface DealRowsContext {
  readonly source: string;
  readonly read: RowReader;
  readonly outcomeOf: (word: string) => StageOutcome | null;
  readonly repOf: (owner: string, email: string | null) => string | null;
  readonly mark: DecimalMark;
  readonly dates: DateContext;
  /** The one currency counted. */
  readonly currency: string;
}

export interface DealRows {
  deals: MappedDeal[];
  ignoredIds: string[];
  issues: DataIssue[];
  leftOut: number;
  ignored: number;
  otherCurrencies: Map<string, number>;
}

export function mapDealRows(rows: readonly (readonly Cell[])[], ctx: DealRowsContext): DealRows {
  const { read, source } = ctx;
  const out: DealRows = {
    deals: [],
    ignoredIds: [],
    issues: [],
    leftOut: 0,
    ignored: 0,
    otherCurrencies: new Map(),
  };
  const byId = new Map<string, number>();
  const issue = (
    row: number,
    field: Parameters<RowReader['header']>[0],
    value: string | null,
    problem: string,
    fix: string,
    severity: DataIssue['severity'] = 'error',
  ) => out.issues.push(exportIssue(source, row, read.header(field), value, problem, fix, severity));
  const date = (
    row: readonly Cell[],
    r: number,
    field: Parameters<RowReader['header']>[0],
  ): ReadDate | null => {
    const cell = read.raw(row, field);
    if (cell === null) return null;
    const d = readDate(cell as string | number | Date, ctx.dates);
    if (d === null)
      issue(
        r,
        field,
        read.text(row, field),
        'is not a date Bellringer can read; it is read as blank.',
        'Write it as 2026-11-26, 26.11.2026 or 11/26/2026 (the order the rest of the file uses).',
        'warning',
      );
    return d;
  };
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    const r = i + 1;
    if (
      row.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''))
    )
      continue;
    const dealId = read.text(row, 'deal_id');
    if (dealId === null) {
      issue(
        r,
        'deal_id',
        null,
        'The deal has no id; the row is left out.',
        'Export the id column with every deal (a re-import matches deals by id).',
      );
      out.leftOut++;
      continue;
    }
    const word = statusWord(row, read);
    const outcome = word === null ? 'open' : ctx.outcomeOf(word);
    if (outcome === 'ignore') {
      out.ignoredIds.push(dealId);
      out.ignored++;
      continue;
    }
    if (outcome === null) {
      // Unanswered stages are asked before rows are mapped; this only guards the type.
      out.leftOut++;
      continue;
    }
    const owner = read.text(row, 'owner');
    const repId = owner === null ? null : ctx.repOf(owner, read.text(row, 'owner_email'));
    if (repId === null) {
      issue(
        r,
        'owner',
        owner,
        'The deal has no owner; the row is left out.',
        'Fill in the owner in the CRM, or type the rep_id here.',
      );
      out.leftOut++;
      continue;
    }
    const amountCell = read.raw(row, 'amount') ?? read.raw(row, 'estimated_amount');
    const amountField = read.raw(row, 'amount') === null ? 'estimated_amount' : 'amount';
    let amount = 0;
    let cellCurrency: string | null = null;
    if (amountCell !== null) {
      const a = parseAmount(amountCell as string | number, ctx.mark);
      if (a === null || a.value < 0) {
        issue(
          r,
          amountField,
          read.text(row, amountField),
          a === null
            ? `is not an amount read with a decimal ${ctx.mark}; the row is left out.`
            : 'is negative; the row is left out.',
          'Check the amount: a deal is worth 0 or more, written like the rest of the column.',
        );
        out.leftOut++;
        continue;
      }
      amount = a.value;
      cellCurrency = a.currency;
    }
    const column = read.text(row, 'currency');
    const currency = column === null ? cellCurrency : currencyCode(column);
    if (currency !== null && currency !== ctx.currency) {
      out.otherCurrencies.set(currency, (out.otherCurrencies.get(currency) ?? 0) + 1);
      issue(
        r,
        read.header('currency') ? 'currency' : amountField,
        currency,
        `The deal is in ${currency}, not ${ctx.currency}; it is left out rather than added to ${ctx.currency} amounts.`,
        `Convert it to ${ctx.currency} in the CRM (or export the converted amount), or set currency in the Import Mapping if ${currency} is the team's currency.`,
      );
      out.leftOut++;
      continue;
    }
    const status: DealStatus = outcome;
    const created = date(row, r, 'created_date');
    const given = date(row, r, 'close_date');
    let expectedClose = date(row, r, 'expected_close');
    let close: ReadDate | null = null;
    if (status === 'open') {
      // An open deal's close date is the date it is expected to close (Salesforce, HubSpot, Zoho).
      expectedClose = expectedClose ?? given;
    } else {
      close = given ?? date(row, r, status === 'won' ? 'won_on' : 'lost_on');
      if (close === null) {
        const modified = date(row, r, 'modified_date');
        const fallback = modified ?? created;
        if (fallback === null) {
          issue(
            r,
            'close_date',
            null,
            `The deal is ${status} but has no close date, last-modified or created date; the row is left out.`,
            'Export the close date (or the last-modified date) with the deal.',
          );
          out.leftOut++;
          continue;
        }
        close = fallback;
        const which = modified ? 'last-modified' : 'created';
        issue(
          r,
          'close_date',
          null,
          `The deal is ${status} but has no close date; its ${which} date ${isoDay(dayOfAt(fallback.at))} is used.`,
          'Nothing to do if that is about right; otherwise fill in the close date in the CRM and import again.',
          'warning',
        );
      }
    }
    const deal: MappedDeal = {
      sourceRow: r,
      dealId,
      repId,
      account: read.text(row, 'account'),
      product: read.text(row, 'product'),
      amount,
      stage: read.text(row, 'stage'),
      status,
      created,
      close,
      expectedClose,
    };
    const earlier = byId.get(dealId);
    if (earlier !== undefined) {
      issue(
        r,
        'deal_id',
        dealId,
        `The deal id is also on row ${out.deals[earlier]!.sourceRow}; this later row is used.`,
        'Nothing to do if the export lists a deal twice; otherwise give each deal its own id.',
        'warning',
      );
      out.deals[earlier] = deal;
    } else {
      byId.set(dealId, out.deals.length);
      out.deals.push(deal);
    }
  }
  return out;
}
