// One org contest: its teams ranked per rep or per target (unranked ones say why) and the top reps across teams.
import { LitElement, css, html, nothing } from 'lit';
import { baseStyles } from '../../../ui';
import { KIND_LABEL } from '../contest-text';
import type { OrgContest, OrgContestTeam } from './contests';
import { BASIS_HEADING, orgFigure, orgFormatter, orgRepFigure } from './org-format';
import { orgTableStyles } from './org-styles';

const BASIS_TEXT: Record<OrgContest['basis'], string> = {
  per_target:
    'Every team set a goal: teams are ranked by the average % of their goal per rep taking part.',
  per_rep: 'Teams are ranked by the average per rep taking part, so a team’s size does not decide.',
  streak_days:
    'Teams are ranked by the average best streak (in days) per rep taking part; the goal is the daily bar a streak day must meet.',
  reached_share:
    'First to the goal: teams are ranked by the share of reps taking part who reached it; reps by who reached it first (each team’s local time).',
};

export class BrOrgContest extends LitElement {
  static override properties = { contest: { attribute: false } };
  declare contest: OrgContest | null;

  static override styles = [
    baseStyles,
    css`
      td.num,
      th.num {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      tr[data-stale] td {
        color: var(--br-muted);
      }
      .note {
        font-size: 0.85rem;
      }
      ol {
        padding-left: 1.5rem;
      }
    `,
    orgTableStyles,
  ];

  constructor() {
    super();
    this.contest = null;
  }

  private teamRow(c: OrgContest, t: OrgContestTeam) {
    return html`<tr ?data-stale=${t.stale} data-rank=${t.rank ?? ''}>
      <td class="num rank">${t.rank ?? '–'}</td>
      <th scope="row" class="who">${t.team}${t.stale ? html` <span class="note">(stale data)</span>` : nothing}</th>
      <td class="num" data-label="Taking part">${t.participants}</td>
      <td class="num figure">${t.note === null ? orgFigure(c, t.figure, t.currency) : '–'}</td>
      <td class="note" data-label="Note">${t.note ?? ''}</td>
    </tr>`;
  }

  override render() {
    const c = this.contest;
    if (!c) return nothing;
    const fmt = orgFormatter('USD');
    const id = `oc-${c.key.replace(/[^a-z0-9]/gi, '-')}`;
    return html`<article class="card" aria-labelledby=${id}>
      <h3 id=${id}>${c.name}</h3>
      <p class="muted">${KIND_LABEL[c.kind]} · ${c.status === 'live' ? `Live, ends ${fmt.day(c.end)}` : `Final, ended ${fmt.day(c.end)}`} · ${c.teams.length} teams</p>
      <p class="note">${BASIS_TEXT[c.basis]}${c.notLoaded.length > 0 ? ` Not loaded, so not in it: ${c.notLoaded.join(', ')}.` : ''}</p>
      <table>
        <caption class="sr-only">Teams in ${c.name}</caption>
        <thead><tr><th scope="col" class="num">Rank</th><th scope="col">Team</th><th scope="col" class="num">Taking part</th><th scope="col" class="num">${BASIS_HEADING[c.basis]}</th><th scope="col">Note</th></tr></thead>
        <tbody>${c.teams.map((t) => this.teamRow(c, t))}</tbody>
      </table>
      <h4>Top reps across teams</h4>
      ${
        c.topReps.length === 0
          ? html`<p>No rep is named in any team’s standings.</p>`
          : html`<ol>${c.topReps.map((r) => html`<li><strong>${r.name}</strong> (${r.team}): ${orgRepFigure(c, r)}</li>`)}</ol>`
      }
    </article>`;
  }
}

customElements.define('br-org-contest', BrOrgContest);

declare global {
  interface HTMLElementTagNameMap {
    'br-org-contest': BrOrgContest;
  }
}
