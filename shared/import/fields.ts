// The fields an import fills in, per kind of export (deals, activities), with the generic header aliases of each.

export const IMPORT_KINDS = ['deals', 'activities'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** What a deals export can say about a deal; each field is one column of the export. */
export const DEAL_FIELDS = [
  'deal_id',
  'owner',
  'owner_email',
  'amount',
  'estimated_amount',
  'currency',
  'stage',
  'status',
  'won_flag',
  'closed_flag',
  'close_date',
  'won_on',
  'lost_on',
  'created_date',
  'modified_date',
  'expected_close',
  'account',
  'product',
] as const;

/** What an activity (call log, task list) export can say about one activity. */
export const ACTIVITY_FIELDS = [
  'activity_id',
  'owner',
  'owner_email',
  'date',
  'type',
  'count',
  'deal_id',
  'subject',
  'done',
] as const;

export const IMPORT_FIELDS = [...new Set([...DEAL_FIELDS, ...ACTIVITY_FIELDS])] as const;
export type ImportField = (typeof DEAL_FIELDS)[number] | (typeof ACTIVITY_FIELDS)[number];

export function fieldsOf(kind: ImportKind): readonly ImportField[] {
  return kind === 'deals' ? DEAL_FIELDS : ACTIVITY_FIELDS;
}

/** The columns an import cannot do without: a missing one is an error, never a silent zero. */
export const REQUIRED_FIELDS: Readonly<Record<ImportKind, readonly ImportField[]>> = {
  deals: ['deal_id', 'owner', 'amount'],
  activities: ['owner', 'date'],
};

/** Fields holding dates (read with the file's date order and time zone). */
export const DATE_FIELDS: ReadonlySet<ImportField> = new Set([
  'close_date',
  'won_on',
  'lost_on',
  'created_date',
  'modified_date',
  'expected_close',
  'date',
]);

/**
 * Header words any export may use, after the preset's own (Bellringer's own names come first, so
 * a file already in the Deals tab's shape maps to itself). Compared as header keys: case, spaces,
 * `_` and `-` do not count.
 */
export const GENERIC_ALIASES: Readonly<Record<ImportField, readonly string[]>> = {
  deal_id: [
    'deal_id',
    'deal id',
    'opportunity id',
    'id',
    'record id',
    'order number',
    'order no',
    'order id',
  ],
  activity_id: ['activity_id', 'activity id', 'id', 'record id', 'call id', 'task id'],
  owner: [
    'rep_id',
    'owner',
    'deal owner',
    'opportunity owner',
    'sales rep',
    'salesperson',
    'sales person',
    'assigned to',
    'rep',
    'user',
  ],
  owner_email: ['owner email', 'owner e-mail', 'rep email', 'email'],
  amount: ['amount', 'value', 'deal value', 'revenue', 'total', 'net amount', 'close_value'],
  estimated_amount: ['estimated amount', 'est. revenue', 'estimated revenue', 'expected revenue'],
  currency: ['currency', 'currency code', 'currency iso code'],
  stage: ['stage', 'deal stage', 'sales stage', 'pipeline stage', 'deal_stage'],
  status: ['status', 'deal status', 'state', 'order status'],
  won_flag: ['won', 'is won', 'iswon'],
  closed_flag: ['closed', 'is closed', 'isclosed'],
  close_date: [
    'close_date',
    'close date',
    'closed date',
    'closing date',
    'date closed',
    'closed on',
  ],
  won_on: ['won date', 'won time', 'won on', 'date won'],
  lost_on: ['lost date', 'lost time', 'lost on', 'date lost'],
  created_date: [
    'created_date',
    'created date',
    'create date',
    'created',
    'created on',
    'created at',
  ],
  modified_date: [
    'last modified date',
    'modified date',
    'last modified',
    'modified',
    'modified on',
    'updated at',
    'update time',
    'last updated',
  ],
  expected_close: [
    'expected_close',
    'expected close date',
    'expected close',
    'forecast close date',
  ],
  account: ['account', 'account name', 'company', 'customer', 'organization', 'organisation'],
  product: ['product', 'product name', 'item'],
  date: ['date', 'activity date', 'start date', 'start time', 'due date', 'call date', 'timestamp'],
  type: ['type', 'activity type', 'task type', 'call type'],
  count: ['count', 'quantity'],
  subject: ['subject', 'title', 'note', 'description'],
  done: ['done', 'completed', 'is done', 'task status'],
};
