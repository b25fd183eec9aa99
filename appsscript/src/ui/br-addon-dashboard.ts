// <br-addon-dashboard>: the Dashboard sidebar (totals, top 5, contests, alerts, badges, team health, one rep).
import { css, html, LitElement, nothing } from 'lit';
import type { DashboardData } from '../dashboard/types';
import { plural } from '../../../shared/format';
import { count, money, pct } from './format';
import { serverCall } from './gas-run';
import type { BarRow } from '../../../ui';
// Defines <br-bar-chart>, the site's own chart from the shared UI, so the top 5 reads like the leaderboard.
import '../../../ui';
import { addonStyles } from './styles';
import './br-rep-panel';
import './br-team-health';
import './br-auto-recalculate';

export class BrAddonDashboard extends LitElement {
  static override properties = {
    data: { attribute: false },
    error: { attribute: false },
    loading: { attribute: false },
  };
  static override styles = [
    addonStyles,
    css`
      .totals {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 8px;
      }
      .card {
        padding: 8px;
      }
      .big {
        font-size: 18px;
        font-weight: bold;
      }
    `,
  ];

  data: DashboardData | null = null;
  error: string | null = null;
  loading = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  /** `fresh`: read the inputs again rather than answer from the last Recalculate's model. */
  async load(fresh = false): Promise<void> {
    this.loading = true;
    this.error = null;
    try {
      this.data = await serverCall<DashboardData>('getDashboardData', fresh);
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.loading = false;
    }
  }

  private openIssues(): void {
    serverCall('openIssuesTab').catch((e: Error) => {
      this.error = e.message;
    });
  }

  override render() {
    if (this.error) {
      return html`<p class="error" role="alert">${this.error}</p>
        <button @click=${() => this.load()}>Try again</button>`;
    }
    const d = this.data;
    if (!d) return html`<p class="muted" aria-live="polite">Calculating…</p>`;
    return html`
      <p class="muted">${d.teamName} · as of ${d.asOf}
        <button class="link" @click=${() => this.load(true)} ?disabled=${this.loading}>Refresh</button></p>
      ${d.cellWarning ? html`<p class="error" role="status">${d.cellWarning}</p>` : nothing}
      <div class="totals">
        ${d.totals.map(
          (t) => html`<div class="card">
            <div class="muted">${t.label} (${t.period})</div>
            <div class="big">${money(t.revenue, d.currency)}</div>
            <div>${count(t.wonDeals)} won · ${pct(t.attainmentPct)} of target</div>
            <div class="muted">${count(t.activityPoints)} activity points</div>
          </div>`,
        )}
      </div>
      <h2>Top 5 this month</h2>
      ${
        d.top.length === 0
          ? html`<p class="muted">No results yet this month.</p>`
          : html`<br-bar-chart .rows=${topRows(d)} label="Top 5 this month by revenue"></br-bar-chart>`
      }
      <h2>Live contests</h2>
      ${
        d.contests.length === 0
          ? html`<p class="muted">No contest is running.</p>`
          : html`<ul>
            ${d.contests.map(
              (c) => html`<li>${c.name}: ${leadText(c.leaders)}
                <span class="muted">(ends ${c.endsOn})</span></li>`,
            )}
          </ul>`
      }
      <h2>Alerts</h2>
      <ul>
        ${d.coachingDue.map((a) => html`<li>Coaching due: ${a.name ?? ''} <span class="muted">${a.message}</span></li>`)}
        ${d.proposedPlans.map((a) => html`<li>Action plan proposed: ${a.name ?? ''} <span class="muted">${a.message}</span></li>`)}
        <li>
          ${
            d.issues === 0
              ? 'No data issues.'
              : html`${count(d.issues)} data ${plural('issue', d.issues)}:
                <button class="link" @click=${() => this.openIssues()}>open the Issues tab</button>`
          }
        </li>
      </ul>
      <h2>Recent badges</h2>
      ${
        d.badges.length === 0
          ? html`<p class="muted">No badges earned yet.</p>`
          : html`<ul>
            ${d.badges.map((b) => html`<li>${b.badgeName}: ${b.repName} <span class="muted">${b.earnedOn}</span></li>`)}
          </ul>`
      }
      <br-team-health .health=${d.health}></br-team-health>
      <br-rep-panel .reps=${d.reps}></br-rep-panel>
      <br-auto-recalculate .info=${d.autoRecalculate ?? null}></br-auto-recalculate>
      ${this.loading ? html`<p class="muted" aria-live="polite">Refreshing…</p>` : nothing}
    `;
  }
}

customElements.define('br-addon-dashboard', BrAddonDashboard);

/** "Ana leads", "Ana and Ben lead" (a tie), or "no leader yet". */
function leadText(leaders: readonly string[]): string {
  if (leaders.length === 0) return 'no leader yet';
  if (leaders.length === 1) return `${leaders[0]} leads`;
  return `${leaders.slice(0, -1).join(', ')} and ${leaders[leaders.length - 1]} lead`;
}

/** The top 5 as the site's bar rows: revenue bars, attainment beside the amount, no links. */
function topRows(d: DashboardData): BarRow[] {
  return d.top.map((r) => ({
    key: r.repId,
    rank: r.rank,
    name: r.name,
    initials: r.initials,
    avatarUrl: null,
    href: null,
    value: r.revenue,
    valueText:
      r.attainmentPct === null
        ? money(r.revenue, d.currency)
        : `${money(r.revenue, d.currency)} · ${pct(r.attainmentPct)}`,
    change: null,
    level: null,
  }));
}
