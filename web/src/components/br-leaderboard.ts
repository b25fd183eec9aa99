// The leaderboard view: period and lens, "you ±2", the board paged with a name search, and the pinned "me" bar.
import { LitElement, css, html, nothing } from 'lit';
import type { Lens, PeriodKindPublic } from '../../../shared/snapshot';
import type { Formatter } from '../format';
import { type DisplayRow, leaderboardRows } from '../leaderboard-rows';
import { meOnBoard } from '../me-facts';
import { LENSES, LENS_LABEL, PERIODS, PERIOD_LABEL, type SnapshotIndex } from '../model';
import { hrefFor } from '../router';
import './br-board-table';
import './br-explain';
import './br-me-bar';
// The shared UI also defines <br-bar-chart>, the chart the add-on's sidebar draws too.
import { baseStyles } from '../../../ui';

/** Rows per page: a phone shows a page in a few screens, 1,000 reps stay 40 pages, not 62,000 px. */
export const PAGE_SIZE = 25;

/** Names compared without case or accents, so "eve" finds "Ève". */
function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export class BrLeaderboard extends LitElement {
  static override properties = {
    index: { attribute: false },
    fmt: { attribute: false },
    period: {},
    lens: {},
    me: {},
    mode: { state: true },
    page: { state: true },
    query: { state: true },
  };
  declare index: SnapshotIndex | null;
  declare fmt: Formatter | null;
  declare period: PeriodKindPublic;
  declare lens: Lens;
  declare me: string | null;
  declare mode: 'chart' | 'table';
  declare page: number;
  declare query: string;

  static override styles = [
    baseStyles,
    css`
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.25rem;
        align-items: flex-end;
      }
      .toggle {
        display: flex;
        gap: 0.25rem;
      }
      .toggle button[aria-pressed='true'] {
        background: var(--br-accent);
        color: var(--br-accent-text);
      }
      nav h3,
      .pick span {
        display: block;
        font-size: 0.9rem;
        margin: 0 0 0.25rem;
        color: var(--br-muted);
        font-weight: 600;
      }
      .pickers {
        display: none;
        gap: 0.5rem;
      }
      .pick {
        flex: 1 1 0;
        min-width: 0;
      }
      select,
      input {
        font: inherit;
        min-height: 44px;
        width: 100%;
        color: var(--br-text);
        background: var(--br-bg);
        border: 1px solid var(--br-border);
        border-radius: var(--br-radius);
        padding: 0 0.5rem;
      }
      .search {
        flex: 1 1 12rem;
        max-width: 20rem;
      }
      .board-title {
        margin: 1rem 0 0.25rem;
      }
      .note {
        margin: 0 0 0.5rem;
      }
      .pager {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        margin-top: 0.75rem;
      }
      .around {
        margin: 0.75rem 0;
      }
      .around h3 {
        font-size: 1rem;
      }
      /* Phone: the pills become two selects on one row; the heading is for screen readers. */
      @media (max-width: 40rem) {
        nav.pills {
          display: none;
        }
        .pickers {
          display: flex;
          width: 100%;
        }
        h2 {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip: rect(0 0 0 0);
        }
        .search {
          max-width: none;
        }
      }
    `,
  ];

  constructor() {
    super();
    this.index = null;
    this.fmt = null;
    this.period = 'month';
    this.lens = 'revenue';
    this.me = null;
    this.mode = 'chart';
    this.page = 0;
    this.query = '';
  }

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('period') || changed.has('lens')) this.page = 0;
  }

  private link(period: PeriodKindPublic, lens: Lens) {
    return hrefFor({ view: 'leaderboard', period, lens });
  }

  private go(period: PeriodKindPublic, lens: Lens) {
    location.hash = this.link(period, lens);
  }

  /** "Find me": clear the search, open the page holding my row, then scroll it into view and focus it. */
  async findMe(): Promise<void> {
    const { index, fmt, me } = this;
    const board = index?.board(this.period, this.lens);
    if (!index || !fmt || !me || !board) return;
    const facts = meOnBoard(index, fmt, board, me);
    if (!facts) return;
    this.query = '';
    this.page = Math.floor(facts.position / PAGE_SIZE);
    await this.updateComplete;
    const host = this.renderRoot.querySelector(
      this.mode === 'chart' ? '.board br-bar-chart' : 'br-board-table',
    );
    if (host && 'updateComplete' in host) await (host as LitElement).updateComplete;
    const row = host?.shadowRoot?.querySelector<HTMLElement>('.me');
    row?.scrollIntoView({ block: 'center' });
    row?.querySelector<HTMLElement>('a')?.focus({ preventScroll: true });
  }

  private board(rows: DisplayRow[], label: string) {
    const q = folded(this.query.trim());
    const matches = q ? rows.filter((r) => folded(r.name).includes(q)) : rows;
    const pages = Math.max(1, Math.ceil(matches.length / PAGE_SIZE));
    const page = Math.min(this.page, pages - 1);
    const shown = matches.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    const first = page * PAGE_SIZE + 1;
    const range =
      matches.length === 0
        ? `No rep matches “${this.query.trim()}”.`
        : `${q ? 'Matches' : 'Ranks'} ${first}–${first + shown.length - 1} of ${matches.length}`;
    return html`<div class="board">
      ${
        this.mode === 'chart'
          ? html`<br-bar-chart .rows=${shown} label=${label}></br-bar-chart>`
          : html`<br-board-table .rows=${shown} label=${label}></br-board-table>`
      }
      <div class="pager">
        <span class="range" role="status">${range}</span>
        ${
          pages > 1
            ? html`<button type="button" ?disabled=${page === 0} @click=${() => (this.page = page - 1)}>Previous ${PAGE_SIZE}</button>
              <button type="button" ?disabled=${page >= pages - 1} @click=${() => (this.page = page + 1)}>Next ${PAGE_SIZE}</button>`
            : nothing
        }
      </div>
    </div>`;
  }

  override render() {
    const { index, fmt } = this;
    if (!index || !fmt) return nothing;
    const board = index.board(this.period, this.lens);
    const period = index.period(this.period);
    const title = `${LENS_LABEL[this.lens]} · ${period?.name ?? PERIOD_LABEL[this.period]}`;
    const rows = board ? leaderboardRows(index, fmt, board, { me: this.me }) : [];
    const me = board && this.me ? meOnBoard(index, fmt, board, this.me) : null;
    return html`
      <h2 id="lb-title">Leaderboard</h2>
      <div class="controls">
        <nav class="pills" aria-label="Period">
          <h3>Period</h3>
          <ul class="segmented">
            ${PERIODS.map(
              (p) =>
                html`<li><a href=${this.link(p, this.lens)} aria-current=${p === this.period ? 'true' : 'false'}>${PERIOD_LABEL[p]}</a></li>`,
            )}
          </ul>
        </nav>
        <nav class="pills" aria-label="Lens">
          <h3>Lens</h3>
          <ul class="segmented">
            ${LENSES.map(
              (l) =>
                html`<li><a href=${this.link(this.period, l)} aria-current=${l === this.lens ? 'true' : 'false'}>${LENS_LABEL[l]}</a></li>`,
            )}
          </ul>
        </nav>
        <div class="pickers">
          <label class="pick"><span>Period</span>
            <select @change=${(e: Event) => this.go((e.target as HTMLSelectElement).value as PeriodKindPublic, this.lens)}>
              ${PERIODS.map((p) => html`<option value=${p} ?selected=${p === this.period}>${PERIOD_LABEL[p]}</option>`)}
            </select>
          </label>
          <label class="pick"><span>Lens</span>
            <select @change=${(e: Event) => this.go(this.period, (e.target as HTMLSelectElement).value as Lens)}>
              ${LENSES.map((l) => html`<option value=${l} ?selected=${l === this.lens}>${LENS_LABEL[l]}</option>`)}
            </select>
          </label>
        </div>
        <div class="toggle" role="group" aria-label="Display">
          <button type="button" aria-pressed=${this.mode === 'chart' ? 'true' : 'false'} @click=${() => (this.mode = 'chart')}>Chart</button>
          <button type="button" aria-pressed=${this.mode === 'table' ? 'true' : 'false'} @click=${() => (this.mode = 'table')}>Table</button>
        </div>
        ${
          rows.length > PAGE_SIZE
            ? html`<input class="search" type="search" aria-label="Find a rep by name" placeholder="Find a rep by name" .value=${this.query} @input=${(
                e: Event,
              ) => {
                this.query = (e.target as HTMLInputElement).value;
                this.page = 0;
              }} />`
            : nothing
        }
      </div>
      ${
        me
          ? html`<section class="around" aria-labelledby="around-h">
              <h3 id="around-h">You ±2</h3>
              <br-bar-chart .rows=${rows.slice(me.around.from, me.around.to)} label=${`You and the reps around you: ${title}`}></br-bar-chart>
            </section>`
          : nothing
      }
      <h3 class="board-title">${title}</h3>
      ${period ? html`<p class="muted note">Rank changes compare with ${period.previousName}.</p>` : nothing}
      ${
        rows.length === 0
          ? html`<p class="card" role="status">No ranking for ${LENS_LABEL[this.lens].toLowerCase()} in this period yet.</p>`
          : this.board(rows, title)
      }
      <br-me-bar .index=${index} .me=${this.me} .facts=${me} @br-find-me=${() => void this.findMe()}></br-me-bar>
    `;
  }
}

if (!customElements.get('br-leaderboard')) customElements.define('br-leaderboard', BrLeaderboard);
