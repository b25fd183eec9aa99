// The org page: a league of teams (per rep, per target), the top reps across teams and the live contests; stale and unreachable teams said so.
import { LitElement, css, html, nothing } from 'lit';
import { baseStyles } from '../../../ui';
import { makeFormatter } from '../format';
import type { OrgContest } from './contests';
import type { League, LeagueRow } from './league';
import './br-org-contest';
import { orgTableStyles } from './org-styles';

const STATUS: Record<LeagueRow['status'], string> = {
  fresh: 'Up to date',
  stale: 'Stale',
  unreachable: 'Not loaded',
};

/** Percentages carry no currency: one formatter for every team's. */
const PCT = makeFormatter({
  name: '',
  currency: 'USD',
  timeZone: 'UTC',
  weekStartsOn: 'monday',
  tvTopN: 10,
  publishAmounts: false,
});

export class BrOrg extends LitElement {
  static override properties = {
    name: {},
    league: { attribute: false },
    contests: { attribute: false },
    error: {},
  };
  declare name: string;
  declare league: League | null;
  /** The org contests (contests.ts): the same contest in several teams, teams compared fairly. */
  declare contests: readonly OrgContest[];
  declare error: string | null;

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        max-width: var(--br-max-width);
        margin: 0 auto;
        padding: 1rem;
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      th,
      td {
        text-align: left;
        padding: 0.35rem 0.5rem;
        border-bottom: 1px solid var(--br-border);
      }
      td.num {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      tr[data-status='stale'] td,
      tr[data-status='unreachable'] td {
        color: var(--br-muted);
      }
      .note {
        font-size: 0.85rem;
      }
      section {
        margin-top: 1.5rem;
      }
      .stack {
        display: grid;
        gap: var(--br-gap);
      }
    `,
    orgTableStyles,
  ];

  constructor() {
    super();
    this.name = '';
    this.league = null;
    this.contests = [];
    this.error = null;
  }

  private row(r: LeagueRow) {
    const fmt = makeFormatter({
      name: r.team,
      currency: r.currency ?? 'USD',
      timeZone: 'UTC',
      weekStartsOn: 'monday',
      tvTopN: 10,
      publishAmounts: r.currency !== null,
    });
    return html`<tr data-status=${r.status}>
      <td class="num rank">${r.rank ?? '–'}</td>
      <th scope="row" class="who">${r.team}</th>
      <td data-label="Data">${STATUS[r.status]}${r.note ? html`<div class="note">${r.note}</div>` : nothing}</td>
      <td class="num" data-label="Reps">${r.reps ?? '–'}</td>
      <td class="num figure">${r.attainmentPct === null ? '–' : fmt.percent(r.attainmentPct)}</td>
      <td class="num" data-label="Revenue per rep">${r.revenuePerRep === null ? '–' : fmt.value('money', r.revenuePerRep)}</td>
    </tr>`;
  }

  override render() {
    if (this.error)
      return html`<h1>${this.name || 'Organisation'}</h1><p role="alert">${this.error}</p>`;
    const league = this.league;
    if (!league) return html`<h1>${this.name || 'Organisation'}</h1><p>Loading the teams…</p>`;
    return html`<h1>${this.name}</h1>
      <section aria-labelledby="league-h">
        <h2 id="league-h">League of teams, this ${league.period}</h2>
        <p class="note">Ranked by the average % of target of each team's public reps; revenue per public rep where the team publishes amounts. A team that could not be loaded is not ranked.</p>
        <table>
          <thead><tr><th scope="col">Rank</th><th scope="col">Team</th><th scope="col">Data</th><th scope="col">Reps</th><th scope="col">% of target per rep</th><th scope="col">Revenue per rep</th></tr></thead>
          <tbody>${league.rows.map((r) => this.row(r))}</tbody>
        </table>
      </section>
      <section aria-labelledby="top-h">
        <h2 id="top-h">Top reps across teams</h2>
        <ol>${league.topReps.map((t) => html`<li><strong>${t.name}</strong> (${t.team}): ${PCT.percent(t.attainmentPct)} of target</li>`)}</ol>
      </section>
      <section aria-labelledby="org-contests-h">
        <h2 id="org-contests-h">Org contests</h2>
        ${
          this.contests.length === 0
            ? html`<p>No contest is run by two teams with the same kind, metric and dates.</p>`
            : html`<div class="stack">${this.contests.map((c) => html`<br-org-contest .contest=${c}></br-org-contest>`)}</div>`
        }
      </section>
      <section aria-labelledby="contests-h">
        <h2 id="contests-h">Live contests in each team</h2>
        ${
          league.contests.length === 0
            ? html`<p>No live contest in any team.</p>`
            : html`<ul>${league.contests.map((c) => html`<li>${c.name} (${c.team}), until ${c.end}</li>`)}</ul>`
        }
      </section>`;
  }
}

customElements.define('br-org', BrOrg);

declare global {
  interface HTMLElementTagNameMap {
    'br-org': BrOrg;
  }
}
