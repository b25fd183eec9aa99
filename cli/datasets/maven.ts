// Converts Maven Analytics' "CRM + Sales Opportunities" sample data into a Bellringer workbook.
//
// Data: "CRM + Sales Opportunities, Maven Analytics (Maven Data Playground)": a fictitious B2B
// hardware company, copied byte for byte from github.com/ikebude/CRM-Sales-Analysis at commit
// c6c981c8e6a30aba78f7550d6b47d4aa552d5c04 (see docs/datasets.md).
//
// Mapping: sales_teams.csv -> Reps (team = regional office and manager, e.g. "Central (Dustin
// Brinkmann)"); sales_pipeline.csv -> Deals (deal_id = opportunity_id, created_date = engage_date,
// close_date, amount = close_value, stage = deal_stage, status Won/Lost -> won/lost, Prospecting
// and Engaging -> open). Rep ids are slugs of the agent's name ("Moses Frase" -> "moses-frase").
import * as v from 'valibot';
import type { WorkbookGrids } from '../../shared/workbook';
import { statusFromStage } from '../../shared/workbook';
import { parseCsv } from '../io/csv';

const isoOrBlank = v.union([v.literal(''), v.pipe(v.string(), v.isoDate())]);
const PipelineRow = v.object({
  opportunity_id: v.pipe(v.string(), v.nonEmpty()),
  sales_agent: v.pipe(v.string(), v.nonEmpty()),
  product: v.string(),
  account: v.string(),
  deal_stage: v.picklist(['Prospecting', 'Engaging', 'Won', 'Lost']),
  engage_date: isoOrBlank,
  close_date: isoOrBlank,
  close_value: v.union([v.literal(''), v.pipe(v.string(), v.regex(/^\d+(\.\d+)?$/))]),
});
const TeamRow = v.object({
  sales_agent: v.pipe(v.string(), v.nonEmpty()),
  manager: v.string(),
  regional_office: v.string(),
});
export type MavenDeal = v.InferOutput<typeof PipelineRow>;
export type MavenAgent = v.InferOutput<typeof TeamRow>;

export const MAVEN_ATTRIBUTION =
  'CRM + Sales Opportunities, Maven Analytics (Maven Data Playground)';

/** Rows of a CSV as objects keyed by header, each checked against the schema; says file and line on failure. */
function readRows<S extends v.GenericSchema>(
  text: string,
  schema: S,
  file: string,
): v.InferOutput<S>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error(`${file} is empty`);
  return rows
    .map((cells, i) => ({ cells, line: i + 2 }))
    .filter(({ cells }) => cells.some((c) => c !== ''))
    .map(({ cells, line }) => {
      const record = Object.fromEntries(header.map((h, k) => [h.trim(), cells[k] ?? '']));
      const parsed = v.safeParse(schema, record);
      if (!parsed.success) {
        const issue = parsed.issues[0];
        const key = issue.path?.map((p: { key: unknown }) => String(p.key)).join('.') ?? '';
        throw new Error(`${file} line ${line}${key ? `, column ${key}` : ''}: ${issue.message}`);
      }
      return parsed.output;
    });
}

export function repIdOf(agent: string): string {
  return agent
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface MavenFiles {
  readonly salesPipeline: string;
  readonly salesTeams: string;
}

/** The workbook: Settings, Reps and Deals (the data has no targets, activities or contests). */
export function convertMaven(files: MavenFiles): WorkbookGrids {
  const agents = readRows(files.salesTeams, TeamRow, 'sales_teams.csv');
  const deals = readRows(files.salesPipeline, PipelineRow, 'sales_pipeline.csv');
  const known = new Set(agents.map((a) => a.sales_agent));
  // An agent with deals but no team row still gets a Reps row, so no deal is lost.
  const extra = [...new Set(deals.map((d) => d.sales_agent))].filter((a) => !known.has(a)).sort();
  const reps = [
    ['rep_id', 'name', 'team', 'manager', 'role', 'active', 'public'],
    ...agents.map((a) => [
      repIdOf(a.sales_agent),
      a.sales_agent,
      `${a.regional_office} (${a.manager})`,
      a.manager,
      'Sales Agent',
      'yes',
      'yes',
    ]),
    ...extra.map((a) => [repIdOf(a), a, '', '', 'Sales Agent', 'yes', 'yes']),
  ];
  const dealRows = [
    [
      'deal_id',
      'rep_id',
      'account',
      'product',
      'amount',
      'stage',
      'status',
      'created_date',
      'close_date',
    ],
    ...deals.map((d) => [
      d.opportunity_id,
      repIdOf(d.sales_agent),
      d.account,
      d.product,
      d.close_value === '' ? '' : Number(d.close_value),
      d.deal_stage,
      statusFromStage(d.deal_stage),
      d.engage_date,
      d.close_date,
    ]),
  ];
  const settings = [
    ['setting', 'value'],
    ['team_name', 'MavenTech (Maven Analytics sample data)'],
    ['time_zone', 'UTC'],
    ['currency', 'USD'],
    ['publish_amounts', 'yes'],
  ];
  return { Settings: settings, Reps: reps, Deals: dealRows };
}

export const MAVEN_TAB_ORDER = ['Settings', 'Reps', 'Deals'] as const;
