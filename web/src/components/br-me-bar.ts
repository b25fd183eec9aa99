// The pinned "me" bar under a board: pick yourself once, then your rank, the gaps, and "Find me".
import { compareText } from '../../../shared/order';
import { LitElement, css, html, nothing } from 'lit';
import { type MeOnBoard, aheadText } from '../me-facts';
import type { SnapshotIndex } from '../model';
import { baseStyles } from '../../../ui';

/** Events: `br-me` (detail: the picked rep id) and `br-find-me`. */
export class BrMeBar extends LitElement {
  static override properties = {
    index: { attribute: false },
    me: {},
    facts: { attribute: false },
    scope: {},
    who: {},
  };
  declare index: SnapshotIndex | null;
  declare me: string | null;
  /** Where "me" stands on the board shown; null when not on it (or nobody picked). */
  declare facts: MeOnBoard | null;
  /** What the bar sits under, for its words: a leaderboard ("board") or a contest. */
  declare scope: 'board' | 'contest';
  /** Whose rank it is: "You", or "Your team (North)" in a team contest. */
  declare who: string;

  static override styles = [
    baseStyles,
    css`
      :host {
        position: sticky;
        bottom: 0;
        z-index: 2;
        margin-top: 0.75rem;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem 0.75rem;
        padding: 0.4rem 0.75rem;
        background: var(--br-surface);
        border: 2px solid var(--br-accent);
        border-radius: var(--br-radius);
        box-shadow: 0 -2px 8px rgb(0 0 0 / 0.15);
      }
      p {
        margin: 0;
        flex: 1 1 12rem;
        min-width: 0;
      }
      .rank {
        font-weight: 700;
      }
      select {
        font: inherit;
        min-height: 44px;
        width: 100%;
        min-width: 0;
        color: var(--br-text);
        background: var(--br-bg);
        border: 1px solid var(--br-border);
        border-radius: var(--br-radius);
      }
      label {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem 0.5rem;
        flex: 1 1 12rem;
        min-width: 0;
      }
    `,
  ];

  constructor() {
    super();
    this.index = null;
    this.me = null;
    this.facts = null;
    this.scope = 'board';
    this.who = 'You';
  }

  private pick(e: Event) {
    const id = (e.target as HTMLSelectElement).value;
    if (id)
      this.dispatchEvent(new CustomEvent('br-me', { detail: id, bubbles: true, composed: true }));
  }

  private picker() {
    const reps = [...(this.index?.reps.values() ?? [])].sort(
      (a, b) => compareText(a.name, b.name) || compareText(a.id, b.id),
    );
    return html`<div class="bar picker">
      <label>Which one is you?
        <select @change=${this.pick}>
          <option value="">Pick your name…</option>
          ${reps.map((r) => html`<option value=${r.id}>${r.name}</option>`)}
        </select>
      </label>
      <span class="muted">Remembered on this device only.</span>
    </div>`;
  }

  override render() {
    if (!this.index) return nothing;
    if (!this.me || !this.index.reps.has(this.me)) return this.picker();
    const f = this.facts;
    if (!f) {
      return html`<div class="bar"><p>You (${this.index.repName(this.me)}) are not ranked ${this.scope === 'contest' ? 'in this contest' : 'on this board'}.</p></div>`;
    }
    return html`<div class="bar" role="group" aria-label=${this.scope === 'contest' ? 'You in this contest' : 'You on this board'}>
      <p><span class="rank">${this.who}: #${f.rank} of ${f.of}</span> · ${aheadText(f)}${
        f.targetText ? html` · <span class="target">${f.targetText}</span>` : nothing
      }</p>
      <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('br-find-me', { bubbles: true, composed: true }))}>Find me</button>
    </div>`;
  }
}

if (!customElements.get('br-me-bar')) customElements.define('br-me-bar', BrMeBar);
