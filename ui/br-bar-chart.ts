// Horizontal leaderboard bars: D3 layout (layoutBars) in percent units, drawn as HTML so text stays crisp at 4K.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { measureRows, playFlip, reducedMotion, type RowSpot } from './flip';
import { layoutBars } from './layout-bars';
import { avatar, avatarStyles } from './avatar';
import { baseStyles } from './styles';

export interface BarRow {
  readonly key: string;
  readonly rank: number;
  readonly name: string;
  readonly initials: string;
  readonly avatarUrl: string | null;
  readonly href: string | null;
  readonly value: number | null;
  readonly valueText: string;
  readonly change: { text: string; label: string; dir: 'up' | 'down' | 'same' | 'new' } | null;
  readonly level: string | null;
  /** The viewer's own row ("me", picked on their device): highlighted and labelled "You". */
  readonly me?: boolean;
}

export class BrBarChart extends LitElement {
  static override properties = {
    rows: { attribute: false },
    label: {},
    fit: { type: Boolean, reflect: true },
    /** No faces: the wall's ranks below its podium, one line each, leaving room for larger type. */
    plain: { type: Boolean, reflect: true },
  };
  declare rows: readonly BarRow[];
  declare label: string;
  /** TV: fill the host's height with one equal row per entry (the TV sizes the font from the row count). */
  declare fit: boolean;
  declare plain: boolean;
  /** Row tops before the pending update, by key: rows that change rank glide there (ui/flip.ts). */
  private topsBefore: Map<string, RowSpot> | null = null;

  static override styles = [
    baseStyles,
    avatarStyles,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.35em;
      }
      li {
        display: grid;
        grid-template-columns: 2.5em 2.2em minmax(6em, 14em) 1fr auto 3em;
        align-items: center;
        gap: 0.5em;
        min-height: 2.2em;
      }
      li.me {
        outline: 3px solid var(--br-accent);
        outline-offset: 2px;
        border-radius: var(--br-radius);
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
      .rank {
        font-weight: 700;
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      .avatar {
        width: 2em;
        height: 2em;
        font-size: 0.9em;
      }
      .who {
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .level {
        display: block;
        font-size: 0.8em;
        color: var(--br-muted);
      }
      .track {
        position: relative;
        height: 1.2em;
      }
      .bar {
        position: absolute;
        top: 0;
        bottom: 0;
        background: var(--br-bar);
        border-radius: 3px;
      }
      .bar.neg {
        background: var(--br-bar-alt);
      }
      /* A rep's bar grows to its new value along with the re-ranking (rows are keyed by rep). */
      .bar {
        transition:
          width 450ms cubic-bezier(0.2, 0, 0, 1),
          left 450ms cubic-bezier(0.2, 0, 0, 1);
      }
      @media (prefers-reduced-motion: reduce) {
        .bar {
          transition: none;
        }
      }
      .value {
        font-variant-numeric: tabular-nums;
        text-align: right;
        white-space: nowrap;
      }
      .change {
        font-size: 0.85em;
        text-align: center;
      }
      :host([fit]) {
        height: 100%;
      }
      :host([fit]) ol {
        height: 100%;
        gap: 0;
        grid-template-rows: repeat(var(--br-rows, 10), minmax(0, 1fr));
      }
      :host([fit]) li {
        min-height: 0;
        line-height: 1.25;
      }
      :host([fit]) .level {
        font-size: 0.75em;
      }
      /*
       * The wall: each bar runs the whole width of its row behind the name and value (a column of
       * its own left the bars a sixth of a TV card), so the longest bar is the card's width.
       */
      :host([fit]) li {
        position: relative;
        grid-template-columns: 2.5em 2.2em minmax(0, 1fr) auto 3em;
      }
      :host([fit]) li > :not(.track) {
        position: relative;
        z-index: 1;
      }
      :host([fit]) .track {
        position: absolute;
        left: 5.5em;
        /* Not under the rank change column: a coloured arrow on a bar loses its contrast. */
        right: 3.5em;
        top: 8%;
        bottom: 8%;
        height: auto;
        z-index: 0;
      }
      :host([fit][plain]) li {
        grid-template-columns: 2.5em minmax(0, 1fr) auto 3em;
      }
      :host([fit][plain]) .track {
        left: 3em;
      }
      :host([fit]) .bar {
        opacity: 0.5;
        border-radius: 0.3em;
      }
      /* Phone: the bar drops to a thin line under the name and value, the rank change stays. */
      @media (max-width: 40rem) {
        li {
          grid-template-columns: 2em 2em minmax(0, 1fr) auto 2.4em;
          row-gap: 0.2em;
        }
        .track {
          grid-column: 3 / -1;
          grid-row: 2;
          height: 0.35em;
        }
        /* The whole row opens the rep's page: a 44 px touch target, not a one-line name. */
        li {
          position: relative;
        }
        .who a::after {
          content: '';
          position: absolute;
          inset: 0;
        }
      }
    `,
  ];

  constructor() {
    super();
    this.rows = [];
    this.label = '';
    this.fit = false;
    this.plain = false;
  }

  /** New rows for rows already drawn: remember where each stood, unless the user wants less motion. */
  override willUpdate(changed: PropertyValues<this>): void {
    this.topsBefore =
      changed.has('rows') && this.hasUpdated && !reducedMotion()
        ? measureRows(this.renderRoot.querySelector('ol'))
        : null;
  }

  override updated(): void {
    if (this.topsBefore) playFlip(this.renderRoot.querySelector('ol'), this.topsBefore);
    this.topsBefore = null;
  }

  override render() {
    const layout = layoutBars(this.rows, { width: 100, rowHeight: 1, padding: 0 });
    // Keyed rows: a rep keeps their element (and a focused link its focus) when their rank changes.
    return html`<ol aria-label=${this.label}>
      ${repeat(
        this.rows,
        (row) => row.key,
        (row, i) => {
          const bar = layout.bars[i]!;
          return html`<li class=${row.me ? 'me' : ''} data-key=${row.key}>
          <span class="rank" aria-label=${`Rank ${row.rank}`}>${row.rank}</span>
          ${this.plain ? nothing : avatar(row.initials, row.avatarUrl)}
          <span class="who"
            >${row.href ? html`<a href=${row.href}>${row.name}</a>` : row.name}${
              row.me ? html` <span class="you">You</span>` : nothing
            }${row.level ? html`<span class="level">${row.level}</span>` : nothing}</span
          >
          <span class="track" aria-hidden="true"
            >${
              bar.width > 0
                ? html`<span
                  class=${bar.negative ? 'bar neg' : 'bar'}
                  style=${`left:${bar.x.toFixed(2)}%;width:${bar.width.toFixed(2)}%`}
                ></span>`
                : nothing
            }</span
          >
          <span class="value">${row.valueText}</span>
          ${
            row.change
              ? html`<span class=${`change ${row.change.dir}`} title=${row.change.label}
                ><span aria-hidden="true">${row.change.text}</span
                ><span class="sr-only">${row.change.label}</span></span
              >`
              : html`<span></span>`
          }
        </li>`;
        },
      )}
    </ol>`;
  }
}

if (!customElements.get('br-bar-chart')) customElements.define('br-bar-chart', BrBarChart);
