// <br-rep-panel>: one rep for the manager: tier, this month, coaching history, plan, training, what-if.
import { css, html, LitElement, nothing } from 'lit';
import type { RepChoice, RepPanelData } from '../dashboard/toolkit-types';
import { money, pct } from './format';
import { serverCall } from './gas-run';
import { addonStyles } from './styles';
import './br-what-if';

export class BrRepPanel extends LitElement {
  static override properties = {
    reps: { attribute: false },
    panel: { attribute: false },
    error: { attribute: false },
    loading: { attribute: false },
  };
  static override styles = [
    addonStyles,
    css`
      select {
        width: 100%;
        font: inherit;
        padding: 3px;
      }
      .tier {
        font-weight: bold;
      }
      dl {
        margin: 0;
      }
      dt {
        font-weight: bold;
        margin-top: 4px;
      }
      dd {
        margin: 0 0 0 8px;
      }
      .overdue {
        color: var(--br-bad);
      }
      .link {
        width: 100%;
        box-sizing: border-box;
        font: 12px monospace;
      }
    `,
  ];

  reps: readonly RepChoice[] = [];
  panel: RepPanelData | null = null;
  error: string | null = null;
  loading = false;

  private async choose(repId: string): Promise<void> {
    this.panel = null;
    this.error = null;
    if (repId === '') return;
    this.loading = true;
    try {
      this.panel = await serverCall<RepPanelData>('getRepPanel', repId);
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.loading = false;
    }
  }

  private details(p: RepPanelData) {
    const c = p.coaching;
    return html`
      <p><span class="tier">${p.tier === null ? 'Not tiered' : `Tier ${p.tier}`}</span>
        ${p.summary ? html`<span class="muted">${p.summary}</span>` : nothing}</p>
      <h2>This month</h2>
      ${
        p.month
          ? html`<p>${p.month.period}: ${money(p.month.revenue, p.currency)}
              ${p.month.target === null ? html`<span class="muted">(no target)</span>` : html`of ${money(p.month.target, p.currency)} = ${pct(p.month.attainmentPct)}`}</p>`
          : html`<p class="muted">No figures this month.</p>`
      }
      <h2>Coaching</h2>
      <p class=${c.overdue ? 'overdue' : ''}>
        ${c.lastSession === null ? 'Never coached.' : `Last session ${c.lastSession} (${c.daysSince ?? '?'} days ago).`}
        ${c.overdue ? ' Coaching is due.' : ''}
      </p>
      ${
        c.sessions.length === 0
          ? nothing
          : html`<dl>
            ${c.sessions.map(
              (s) => html`<dt>${s.date}${s.focus ? `: ${s.focus}` : ''}</dt>
                <dd>${s.nextStep ? `Next step: ${s.nextStep}` : 'No next step noted.'}
                  ${s.followUp ? html`<span class=${s.followUpState === 'overdue' ? 'overdue' : 'muted'}>Follow-up ${s.followUp} (${s.followUpState})</span>` : nothing}</dd>`,
            )}
          </dl>
          ${c.totalSessions > c.sessions.length ? html`<p class="muted">${c.totalSessions - c.sessions.length} earlier sessions in the Coaching tab.</p>` : nothing}`
      }
      <h2>Action plan</h2>
      ${
        p.plan
          ? html`<p>${p.plan.planId}: ${p.plan.metric} ${money(p.plan.value, p.currency)}
              ${p.plan.target === null ? nothing : html`of ${money(p.plan.target, p.currency)}`}
              (${pct(p.plan.progressPct)} done, ${pct(p.plan.elapsedPct)} of the time gone);
              ends ${p.plan.ends}, ${p.plan.daysLeft} days left.</p>
            <p class=${p.plan.nextCheckIn?.state === 'overdue' ? 'overdue' : ''}>
              ${p.plan.nextCheckIn ? `Next check-in ${p.plan.nextCheckIn.date} (${p.plan.nextCheckIn.state}).` : 'Every check-in is held.'}</p>`
          : p.proposal
            ? html`<p class="overdue">Proposed: win ${money(p.proposal.target, p.currency)} from ${p.proposal.opens} to ${p.proposal.ends}.</p>
              <p class="muted">${p.proposal.reason}</p>`
            : html`<p class="muted">No open plan.</p>`
      }
      <h2>Training</h2>
      ${
        p.training.length === 0
          ? html`<p class="muted">Nothing due.</p>`
          : html`<ul>
            ${p.training.map((t) => html`<li class=${t.state === 'overdue' ? 'overdue' : ''}>${t.course}: ${t.state}${t.due ? ` (due ${t.due})` : ''}</li>`)}
          </ul>`
      }
      <h2>Private page</h2>
      ${
        p.privateLink === null
          ? html`<p class="muted">No private link yet (Settings private_pages, then Publish leaderboard).</p>`
          : html`<label class="muted" for="private-link">${p.name}'s personal link: the key is in it, so hand it over privately.</label>
            <input id="private-link" class="link" readonly .value=${p.privateLink}
              @focus=${(e: Event) => (e.target as HTMLInputElement).select()}>`
      }
      <h2>What if</h2>
      ${p.commission ? html`<p class="muted">Commission so far in ${p.commission.period}: ${money(p.commission.total, p.currency)}</p>` : nothing}
      <br-what-if .repId=${p.repId} .currency=${p.currency}></br-what-if>
    `;
  }

  override render() {
    return html`
      <h2>Rep</h2>
      <label class="muted" for="rep">Choose a rep</label>
      <select id="rep" @change=${(e: Event) => this.choose((e.target as HTMLSelectElement).value)}>
        <option value="">—</option>
        ${this.reps.map((r) => html`<option value=${r.repId}>${r.name}${r.tier ? ` (${r.tier})` : ''}</option>`)}
      </select>
      ${this.loading ? html`<p class="muted" aria-live="polite">Loading…</p>` : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.panel ? this.details(this.panel) : nothing}
    `;
  }
}

customElements.define('br-rep-panel', BrRepPanel);
