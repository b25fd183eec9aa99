// A rep's ranks on every published board: a table, stacked into two-line rows on a phone so no column is clipped.
import { LitElement, css, html, nothing } from 'lit';
import { LENS_LABEL, PERIOD_LABEL } from '../model';
import type { RepRank } from '../rep-facts';
import { hrefFor } from '../router';
import './br-explain';
import { baseStyles } from '../../../ui';

export class BrRepRanks extends LitElement {
  static override properties = { ranks: { attribute: false } };
  declare ranks: readonly RepRank[];

  static override styles = [
    baseStyles,
    css`
      /* Phone: each row becomes "Period Lens … Rank" over "Value Change … Explain". */
      @media (max-width: 40rem) {
        table,
        tbody {
          display: block;
        }
        thead {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip: rect(0 0 0 0);
        }
        tr {
          display: grid;
          grid-template-columns: auto minmax(0, 1fr) auto;
          gap: 0.15rem 0.6rem;
          padding: 0.5rem 0;
          border-bottom: 1px solid var(--br-border);
        }
        td {
          padding: 0;
          border: 0;
        }
        td.value {
          grid-column: 1 / 3;
          text-align: left;
        }
        td.explain {
          grid-column: 1 / -1;
        }
      }
    `,
  ];

  constructor() {
    super();
    this.ranks = [];
  }

  override render() {
    if (this.ranks.length === 0) return html`<p>Not ranked on any published leaderboard yet.</p>`;
    return html`<table>
      <thead><tr><th scope="col">Period</th><th scope="col">Lens</th><th scope="col" class="num">Rank</th><th scope="col" class="num">Value</th><th scope="col">Change</th><th scope="col">How is this computed?</th></tr></thead>
      <tbody>${this.ranks.map(
        (r) => html`<tr>
          <td>${PERIOD_LABEL[r.period]}</td>
          <td><a href=${hrefFor({ view: 'leaderboard', period: r.period, lens: r.lens })}>${LENS_LABEL[r.lens]}</a></td>
          <td class="num">${r.rank} of ${r.of}</td>
          <td class="num value">${r.valueText ?? '—'}</td>
          <td class=${r.change.dir}><span aria-hidden="true">${r.change.text}</span><span class="sr-only">${r.change.label}</span></td>
          <td class="explain">${r.explanation ? html`<br-explain .text=${r.explanation} label="Explain"></br-explain>` : nothing}</td>
        </tr>`,
      )}</tbody></table>`;
  }
}

if (!customElements.get('br-rep-ranks')) customElements.define('br-rep-ranks', BrRepRanks);
