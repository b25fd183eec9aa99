// A leaderboard page as a table (the chart's alternative); on a phone each row stacks so nothing scrolls sideways.
import { LitElement, css, html, nothing } from 'lit';
import type { DisplayRow } from '../leaderboard-rows';
import './br-explain';
import { baseStyles } from '../../../ui';

export class BrBoardTable extends LitElement {
  static override properties = { rows: { attribute: false }, label: {} };
  declare rows: readonly DisplayRow[];
  declare label: string;

  static override styles = [
    baseStyles,
    css`
      tr.me {
        outline: 3px solid var(--br-accent);
        outline-offset: -3px;
        background: var(--br-surface);
      }
      .you {
        font-size: 0.75em;
        font-weight: 700;
        padding: 0 0.4em;
        border-radius: 999px;
        background: var(--br-accent);
        color: var(--br-accent-text);
      }
      /* Phone: "Rank Rep … Value Change" over the level and the explanation; the header is for screen readers. */
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
          grid-template-columns: 2.5em minmax(0, 1fr) auto auto;
          gap: 0.15rem 0.5rem;
          padding: 0.4rem 0.25rem;
          border-bottom: 1px solid var(--br-border);
        }
        td {
          padding: 0;
          border: 0;
          overflow-wrap: anywhere;
        }
        td.level,
        td.explain {
          grid-column: 2 / -1;
        }
      }
    `,
  ];

  constructor() {
    super();
    this.rows = [];
    this.label = '';
  }

  override render() {
    return html`<table>
      <caption class="sr-only">${this.label}</caption>
      <thead><tr><th scope="col" class="num">Rank</th><th scope="col">Rep</th><th scope="col" class="num">Value</th><th scope="col">Change</th><th scope="col">Level</th><th scope="col">How is this computed?</th></tr></thead>
      <tbody>${this.rows.map(
        (r) => html`<tr class=${r.me ? 'me' : ''} data-key=${r.key}>
          <td class="num">${r.rank}</td>
          <td>${r.href ? html`<a href=${r.href}>${r.name}</a>` : r.name}${r.me ? html` <span class="you">You</span>` : nothing}</td>
          <td class="num">${r.valueText}</td>
          <td class=${r.change?.dir ?? ''}>${r.change ? html`<span aria-hidden="true">${r.change.text}</span><span class="sr-only">${r.change.label}</span>` : ''}</td>
          <td class="level">${r.level ?? ''}</td>
          <td class="explain"><br-explain .text=${r.explanation} label="Explain"></br-explain></td>
        </tr>`,
      )}</tbody></table>`;
  }
}

if (!customElements.get('br-board-table')) customElements.define('br-board-table', BrBoardTable);
