// Converts Maven Analytics' "CRM + Sales Opportunities" sample data into a Bellringer workbook, through the import's maven preset.
//
// Data: "CRM + Sales Opportunities, Maven Analytics (Maven Data Playground)": a fictitious B2B
// hardware company, copied byte for byte from github.com/ikebude/CRM-Sales-Analysis at commit
// c6c981c8e6a30aba78f7550d6b47d4aa552d5c04 (see docs/datasets.md).
//
// Mapping: sales_teams.csv -> Reps (team = regional office and manager, e.g. "Central (Dustin
// Brinkmann)"); sales_pipeline.csv -> Deals through shared/import's `maven` preset (deal_id =
// opportunity_id, owner = sales_agent, created_date = engage_date, close_date, amount =
// close_value, stage = deal_stage: Won/Lost, Prospecting and Engaging open). Rep ids are slugs of
// the agent's name ("Moses Frase" -> "moses-frase"); agents are matched to them by exact name.
import * as v from 'valibot';
import { EMPTY_MAPPING, importExport, mergeDeals } from '../../shared/import';
import { compareText } from '../../shared/order';
import { tabHeader, type WorkbookGrids } from '../../shared/workbook';
import { parseCsv } from '../io/csv';

const TeamRow = v.object({
  sales_agent: v.pipe(v.string(), v.nonEmpty()),
  manager: v.string(),
  regional_office: v.string(),
});
export type MavenAgent = v.InferOutput<typeof TeamRow>;

export const MAVEN_ATTRIBUTION =
  'CRM + Sales Opportunities, Maven Analytics (Maven Data Playground)';

/** sales_teams.csv as agents, each row checked against the schema; says the line on failure. */
function readTeams(text: string): MavenAgent[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('sales_teams.csv is empty');
  return rows
    .map((cells, i) => ({ cells, line: i + 2 }))
    .filter(({ cells }) => cells.some((c) => c !== ''))
    .map(({ cells, line }) => {
      const record = Object.fromEntries(header.map((h, k) => [h.trim(), cells[k] ?? '']));
      const parsed = v.safeParse(TeamRow, record);
      if (!parsed.success) {
        const key = parsed.issues[0].path?.map((p: { key: unknown }) => String(p.key)).join('.');
        throw new Error(
          `sales_teams.csv line ${line}${key ? `, column ${key}` : ''}: ${parsed.issues[0].message}`,
        );
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
  const agents = readTeams(files.salesTeams);
  const known = agents.map((a) => ({
    repId: repIdOf(a.sales_agent),
    name: a.sales_agent,
    email: null,
  }));
  const outcome = importExport({
    rows: parseCsv(files.salesPipeline),
    source: 'sales_pipeline.csv',
    mapping: { ...EMPTY_MAPPING, kind: 'deals', preset: 'maven', dateOrder: 'day-first' },
    reps: known,
    workbookTimeZone: 'UTC',
    workbookCurrency: 'USD',
  });
  if (outcome.kind !== 'mapped') {
    const what =
      outcome.kind === 'failed' ? outcome.failure.kind : `${outcome.questions.length} questions`;
    throw new Error(`sales_pipeline.csv does not read as the Maven sample (${what})`);
  }
  const first = outcome.issues[0];
  if (first)
    throw new Error(
      `sales_pipeline.csv line ${first.row}, column ${first.column}: ${first.problem}`,
    );
  // An agent with deals but no team row still gets a Reps row (the import proposes them), so no deal is lost.
  const extra = [...outcome.newReps].sort(
    (a, b) => compareText(a.name, b.name) || compareText(a.repId, b.repId),
  );
  // Rows follow the Reps and Settings specs' headers, as Set up writes them; columns the sample
  // has no data for (email, start_date, avatar_url) stay blank.
  const repsHeader = tabHeader('Reps');
  const agentRow = (repId: string, name: string, team: string, manager: string) => {
    const r: Readonly<Record<string, string>> = {
      rep_id: repId,
      name,
      team,
      manager,
      role: 'Sales Agent',
      active: 'yes',
      public: 'yes',
    };
    return repsHeader.map((h) => r[h] ?? '');
  };
  const reps = [
    repsHeader,
    ...agents.map((a) =>
      agentRow(
        repIdOf(a.sales_agent),
        a.sales_agent,
        `${a.regional_office} (${a.manager})`,
        a.manager,
      ),
    ),
    ...extra.map((a) => agentRow(a.repId, a.name, '', '')),
  ];
  const settings = [
    tabHeader('Settings'),
    ['team_name', 'MavenTech (Maven Analytics sample data)'],
    ['time_zone', 'UTC'],
    ['currency', 'USD'],
    ['publish_amounts', 'yes'],
  ];
  const deals = mergeDeals(undefined, outcome.deals, [], 'replace').grid;
  return { Settings: settings, Reps: reps, Deals: deals };
}

export const MAVEN_TAB_ORDER = ['Settings', 'Reps', 'Deals'] as const;
