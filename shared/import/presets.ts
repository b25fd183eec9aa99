// Presets: each CRM's documented export columns and default stages, so a known export maps without questions.
//
// Sources (column labels as each vendor documents them):
// - Salesforce: Opportunity field reference, developer.salesforce.com/docs/platform/field-reference
//   (Opportunity ID, Opportunity Owner, Amount, Opportunity Currency, Stage, Won, Closed, Close
//   Date, Created Date, Last Modified Date) and the report columns of the Analytics API example.
// - HubSpot: "HubSpot's default deal properties", knowledge.hubspot.com/crm-deals/hubspots-default-deal-properties
//   (Record ID, Deal Name, Deal Stage, Amount, Close Date, Create Date, Deal owner, Last Modified Date).
// - Pipedrive: Deal fields (id, owner, value, currency, status open/won/lost/deleted, add_time,
//   update_time, won_time, lost_time, close_time, expected_close_date), exported as "Deal - <Label>".
// - Zoho CRM: Deals module fields (Record Id, Deal Owner, Amount, Closing Date, Stage, Created
//   Time, Modified Time), docs.workato.com/en/connectors/zoho-crm and Zoho's standard stages.
// - Dynamics 365: opportunity table display names (Topic, Owner, Est. Revenue, Actual Revenue,
//   Est. Close Date, Actual Close Date, Status, Status Reason, Created On, Modified On), learn.microsoft.com.
import type { ImportField, ImportKind } from './fields';
import type { StageOutcome } from './stages';

export interface Preset {
  readonly id: string;
  readonly name: string;
  readonly kind: ImportKind;
  /** Export headers per field, most specific first. */
  readonly columns: Readonly<Partial<Record<ImportField, readonly string[]>>>;
  /** The vendor's standard stages; custom ones are still asked. */
  readonly stages: readonly { readonly stage: string; readonly outcome: StageOutcome }[];
  /** The activity type when the export has no type column (a call log is all calls). */
  readonly activityType?: string;
}

const open = (...stages: string[]) => stages.map((stage) => ({ stage, outcome: 'open' as const }));

export const PRESETS: readonly Preset[] = [
  {
    id: 'salesforce',
    name: 'Salesforce opportunity report',
    kind: 'deals',
    columns: {
      deal_id: ['Opportunity ID'],
      owner: ['Opportunity Owner', 'Owner Full Name'],
      owner_email: ['Opportunity Owner: Email', 'Owner Email'],
      amount: ['Amount'],
      currency: ['Opportunity Currency', 'Amount Currency'],
      stage: ['Stage'],
      won_flag: ['Won'],
      closed_flag: ['Closed'],
      close_date: ['Close Date'],
      created_date: ['Created Date'],
      modified_date: ['Last Modified Date', 'Last Stage Change Date'],
      account: ['Account Name'],
      product: ['Product Name', 'Opportunity Name'],
    },
    stages: open(
      'Prospecting',
      'Qualification',
      'Needs Analysis',
      'Value Proposition',
      'Id. Decision Makers',
      'Perception Analysis',
      'Proposal/Price Quote',
      'Negotiation/Review',
    ),
  },
  {
    id: 'salesforce-activities',
    name: 'Salesforce activities report (tasks and events)',
    kind: 'activities',
    columns: {
      activity_id: ['Activity ID'],
      owner: ['Assigned', 'Assigned To'],
      date: ['Date', 'Due Date', 'Start'],
      type: ['Task Subtype', 'Activity Type', 'Type'],
      deal_id: ['Opportunity ID'],
      subject: ['Subject'],
      done: ['Status'],
    },
    stages: [],
  },
  {
    id: 'hubspot',
    name: 'HubSpot deals export',
    kind: 'deals',
    columns: {
      deal_id: ['Record ID', 'Deal ID'],
      owner: ['Deal owner', 'Deal Owner'],
      amount: ['Amount', 'Amount in company currency'],
      currency: ['Currency'],
      stage: ['Deal Stage'],
      close_date: ['Close Date'],
      created_date: ['Create Date'],
      modified_date: ['Last Modified Date'],
      account: ['Associated Company', 'Company name'],
      product: ['Deal Name'],
    },
    stages: open(
      'Appointment Scheduled',
      'Qualified To Buy',
      'Presentation Scheduled',
      'Decision Maker Bought-In',
      'Contract Sent',
    ),
  },
  {
    id: 'hubspot-calls',
    name: 'HubSpot calls export',
    kind: 'activities',
    columns: {
      activity_id: ['Record ID'],
      owner: ['Activity assigned to', 'Call owner', 'HubSpot owner'],
      date: ['Activity date', 'Call date'],
      subject: ['Call title', 'Call notes'],
      deal_id: ['Associated Deal IDs', 'Associated Deal'],
    },
    stages: [],
    activityType: 'call',
  },
  {
    id: 'pipedrive',
    name: 'Pipedrive deals export',
    kind: 'deals',
    columns: {
      deal_id: ['Deal - ID'],
      owner: ['Deal - Owner'],
      amount: ['Deal - Value'],
      currency: ['Deal - Currency'],
      stage: ['Deal - Stage'],
      status: ['Deal - Status'],
      close_date: ['Deal - Deal closed on', 'Deal - Close time'],
      won_on: ['Deal - Won time'],
      lost_on: ['Deal - Lost time'],
      created_date: ['Deal - Deal created', 'Deal - Add time'],
      modified_date: ['Deal - Update time', 'Deal - Last stage change'],
      expected_close: ['Deal - Expected close date'],
      account: ['Deal - Organization', 'Organization - Name'],
      product: ['Deal - Title'],
    },
    stages: open(
      'Lead In',
      'Qualified',
      'Contact Made',
      'Demo Scheduled',
      'Needs Defined',
      'Proposal Made',
      'Negotiations Started',
    ),
  },
  {
    id: 'pipedrive-activities',
    name: 'Pipedrive activities export',
    kind: 'activities',
    columns: {
      activity_id: ['Activity - ID'],
      owner: ['Activity - Assigned to user', 'Activity - Owner'],
      date: ['Activity - Due date', 'Activity - Marked as done time'],
      type: ['Activity - Type'],
      deal_id: ['Deal - ID', 'Activity - Deal ID'],
      subject: ['Activity - Subject'],
      done: ['Activity - Done'],
    },
    stages: [],
  },
  {
    id: 'zoho',
    name: 'Zoho CRM deals export',
    kind: 'deals',
    columns: {
      deal_id: ['Record Id', 'Deal Id'],
      owner: ['Deal Owner'],
      amount: ['Amount'],
      currency: ['Currency'],
      stage: ['Stage'],
      close_date: ['Closing Date'],
      created_date: ['Created Time'],
      modified_date: ['Modified Time', 'Last Activity Time'],
      account: ['Account Name'],
      product: ['Deal Name'],
    },
    stages: open(
      'Qualification',
      'Needs Analysis',
      'Value Proposition',
      'Id. Decision Makers',
      'Identify Decision Makers',
      'Perception Analysis',
      'Proposal/Price Quote',
      'Negotiation/Review',
    ),
  },
  {
    id: 'zoho-calls',
    name: 'Zoho CRM calls export',
    kind: 'activities',
    columns: {
      activity_id: ['Record Id'],
      owner: ['Call Owner'],
      date: ['Call Start Time'],
      subject: ['Subject'],
    },
    stages: [],
    activityType: 'call',
  },
  {
    id: 'dynamics',
    name: 'Dynamics 365 opportunities (Export to Excel)',
    kind: 'deals',
    columns: {
      deal_id: ['(Do Not Modify) Opportunity', 'Opportunity ID'],
      owner: ['Owner'],
      amount: ['Actual Revenue'],
      estimated_amount: ['Est. Revenue'],
      currency: ['Currency'],
      status: ['Status'],
      stage: ['Status Reason'],
      close_date: ['Actual Close Date'],
      expected_close: ['Est. Close Date'],
      created_date: ['Created On'],
      modified_date: ['Modified On', '(Do Not Modify) Modified On'],
      account: ['Potential Customer', 'Account'],
      product: ['Topic'],
    },
    stages: [
      ...open('In Progress', 'On Hold'),
      { stage: 'Canceled', outcome: 'lost' },
      { stage: 'Out-Sold', outcome: 'lost' },
    ],
  },
  {
    id: 'dynamics-activities',
    name: 'Dynamics 365 activities (Export to Excel)',
    kind: 'activities',
    columns: {
      activity_id: ['(Do Not Modify) Activity', '(Do Not Modify) Phone Call'],
      owner: ['Owner'],
      date: ['Actual End', 'Due', 'Date Completed'],
      type: ['Activity Type'],
      subject: ['Subject'],
      done: ['Activity Status'],
    },
    stages: [],
  },
  {
    // The Maven Analytics "CRM + Sales Opportunities" sample (docs/datasets.md): what import-maven reads.
    id: 'maven',
    name: 'Maven CRM sample (sales_pipeline.csv)',
    kind: 'deals',
    columns: {
      deal_id: ['opportunity_id'],
      owner: ['sales_agent'],
      amount: ['close_value'],
      stage: ['deal_stage'],
      close_date: ['close_date'],
      created_date: ['engage_date'],
      account: ['account'],
      product: ['product'],
    },
    stages: open('Prospecting', 'Engaging'),
  },
];

export const PRESET_IDS = PRESETS.map((p) => p.id);

export function presetById(id: string): Preset | null {
  return PRESETS.find((p) => p.id === id) ?? null;
}
