// The leaderboard view: period and lens switchers, a bar chart or a table, explanations per row.
import { LitElement, css, html, nothing } from 'lit';
import type { Lens, PeriodKindPublic } from '../../../shared/snapshot';
import type { Formatter } from '../format';
import { leaderboardRows } from '../leaderboard-rows';
import { LENSES, LENS_LABEL, PERIODS, PERIOD_LABEL, type SnapshotIndex } from '../model';
import { hrefFor } from '../router';
import './br-explain';
// The shared UI also defines <br-bar-chart>, the chart the add-on's sidebar draws too.
import { baseStyles } from '../../../ui';

const CHART_ROWS = 25;

export class BrLeaderboard extends LitElement {
  static override properties = {
    index: { attribute: false },
    fmt: { attribute: false },
    period: {},
    lens: {},
    mode: { state: true },
    showAll: { state: true },
  };
  declare index: SnapshotIndex | null;
  declare fmt: Formatter | null;
  declare period: PeriodKindPublic;
  declare lens: Lens;
  declare mode: 'chart' | 'table';
  declare showAll: boolean;

  static override styles = [
    baseStyles,
    css`
      .bar-row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.5rem;
        align-items: center;
        justify-content: space-between;
      }
      .toggle {
        display: flex;
        gap: 0.25rem;
      }
      .toggle button[aria-pressed='true'] {
        background: var(--br-accent);
        color: var(--br-accent-text);
      }
      nav h3 {
        font-size: 0.9rem;
        margin: 0 0 0.25rem;
        color: var(--br-muted);
      }
      .more {
        margin-top: 0.75rem;
      }
      .board-title {
        margin-top: 1rem;
      }
    `,
  ];

  constructor() {
    super();
    this.index = null;
    this.fmt = null;
    this.period = 'month';
    this.lens = 'revenue';
    this.mode = 'chart';
    this.showAll = false;
  }

  private link(period: PeriodKindPublic, lens: Lens) {
    return hrefFor({ view: 'leaderboard', period, lens });
  }

  override render() {
    const { index, fmt } = this;
    if (!index || !fmt) return nothing;
    const board = index.board(this.period, this.lens);
    const period = index.period(this.period);
    const title = `${LENS_LABEL[this.lens]} · ${period?.name ?? PERIOD_LABEL[this.period]}`;
    const rows = board ? leaderboardRows(index, fmt, board) : [];
    const chartRows = this.showAll ? rows : rows.slice(0, CHART_ROWS);
    return html`
      <h2 id="lb-title">Leaderboard</h2>
      <div class="bar-row">
        <nav aria-label="Period">
          <h3>Period</h3>
          <ul class="segmented">
            ${PERIODS.map(
              (p) =>
                html`<li><a href=${this.link(p, this.lens)} aria-current=${p === this.period ? 'true' : 'false'}>${PERIOD_LABEL[p]}</a></li>`,
            )}
          </ul>
        </nav>
        <nav aria-label="Lens">
          <h3>Lens</h3>
          <ul class="segmented">
            ${LENSES.map(
              (l) =>
                html`<li><a href=${this.link(this.period, l)} aria-current=${l === this.lens ? 'true' : 'false'}>${LENS_LABEL[l]}</a></li>`,
            )}
          </ul>
        </nav>
        <div class="toggle" role="group" aria-label="Display">
          <button type="button" aria-pressed=${this.mode === 'chart' ? 'true' : 'false'} @click=${() => (this.mode = 'chart')}>Chart</button>
          <button type="button" aria-pressed=${this.mode === 'table' ? 'true' : 'false'} @click=${() => (this.mode = 'table')}>Table</button>
        </div>
      </div>
      <h3 class="board-title">${title}</h3>
      ${period ? html`<p class="muted">Rank changes compare with ${period.previousName}.</p>` : nothing}
      ${
        rows.length === 0
          ? html`<p class="card" role="status">No ranking for ${LENS_LABEL[this.lens].toLowerCase()} in this period yet.</p>`
          : this.mode === 'chart'
            ? html`<br-bar-chart .rows=${chartRows} label=${title}></br-bar-chart>
                ${
                  rows.length > CHART_ROWS
                    ? html`<p class="more"><button type="button" @click=${() => (this.showAll = !this.showAll)}>${this.showAll ? `Show top ${CHART_ROWS}` : `Show all ${rows.length}`}</button></p>`
                    : nothing
                }`
            : html`<div class="table-wrap"><table>
                <caption class="sr-only">${title}</caption>
                <thead><tr><th scope="col" class="num">Rank</th><th scope="col">Rep</th><th scope="col" class="num">Value</th><th scope="col">Change</th><th scope="col">Level</th><th scope="col">How is this computed?</th></tr></thead>
                <tbody>${rows.map(
                  (r) => html`<tr>
                    <td class="num">${r.rank}</td>
                    <td>${r.href ? html`<a href=${r.href}>${r.name}</a>` : r.name}</td>
                    <td class="num">${r.valueText}</td>
                    <td class=${r.change?.dir ?? ''}>${r.change ? html`<span aria-hidden="true">${r.change.text}</span><span class="sr-only">${r.change.label}</span>` : ''}</td>
                    <td>${r.level ?? ''}</td>
                    <td><br-explain .text=${r.explanation} label="Explain"></br-explain></td>
                  </tr>`,
                )}</tbody></table></div>`
      }
    `;
  }
}

if (!customElements.get('br-leaderboard')) customElements.define('br-leaderboard', BrLeaderboard);
