// <br-team-health>: the Team health panel (tiers, plans, coaching, training, hiring funnel); manager only.
import { css, html, LitElement, nothing } from 'lit';
import type { TeamHealthData } from '../dashboard/toolkit-types';
import { count, pct } from './format';
import { addonStyles } from './styles';

export class BrTeamHealth extends LitElement {
  static override properties = { health: { attribute: false } };
  static override styles = [
    addonStyles,
    css`
      .tiers {
        display: grid;
        grid-template-columns: repeat(4, 1fr);
        gap: 4px;
        text-align: center;
      }
      .tier {
        border: 1px solid var(--br-border);
        border-radius: 6px;
        padding: 4px;
      }
      .tier strong {
        display: block;
        font-size: 16px;
      }
      th,
      td {
        padding: 1px 4px;
        border-bottom: 0;
      }
      td.n {
        text-align: right;
      }
      .warn {
        color: var(--br-bad);
      }
    `,
  ];

  health: TeamHealthData | null = null;

  private line(label: string, n: number, warn = false) {
    return html`<li class=${warn && n > 0 ? 'warn' : ''}>${label}: ${count(n)}</li>`;
  }

  override render() {
    const h = this.health;
    if (!h) return nothing;
    const tiers: [string, number][] = [
      ['A', h.tiers.A],
      ['B', h.tiers.B],
      ['C', h.tiers.C],
      ['Untiered', h.tiers.untiered],
    ];
    return html`
      <h2>Team health</h2>
      <div class="tiers" role="list" aria-label="Reps per tier">
        ${tiers.map(([t, n]) => html`<div class="tier" role="listitem"><strong>${count(n)}</strong> ${t === 'Untiered' ? t : `Tier ${t}`}</div>`)}
      </div>
      <p class="muted">${count(h.reps)} active reps, ${count(h.tiers.inRamp)} in ramp.</p>
      <ul>
        ${this.line('Open action plans', h.plans.open)}
        ${this.line('Proposed action plans', h.plans.proposed, true)}
        ${this.line('Plan check-ins due', h.plans.checkInsDue)}
        ${this.line('Plan check-ins overdue', h.plans.checkInsOverdue, true)}
        ${this.line('Coaching overdue', h.coaching.overdue, true)}
        ${this.line('Coaching follow-ups due', h.coaching.followUpsDue)}
        ${this.line('Coaching follow-ups overdue', h.coaching.followUpsOverdue, true)}
        ${this.line('Training due', h.training.due)}
        ${this.line('Training overdue', h.training.overdue, true)}
        <li>Training completion: ${pct(h.training.completionPct)}</li>
      </ul>
      ${
        h.hiring.length === 0
          ? nothing
          : html`<h2>Hiring funnel</h2>
            ${h.hiring.map(
              (r) => html`<table>
                <caption class="muted">${r.title}${r.stalled > 0 ? html` · <span class="warn">${r.stalled} stalled</span>` : nothing}</caption>
                <tbody>
                  ${r.stages.map((s) => html`<tr><th scope="row">${s.stage}</th><td class="n">${count(s.count)}</td></tr>`)}
                </tbody>
              </table>`,
            )}`
      }
    `;
  }
}

customElements.define('br-team-health', BrTeamHealth);
