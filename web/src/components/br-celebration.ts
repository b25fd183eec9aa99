// The full-screen celebration that interrupts the TV loop: one moment, or a recap of a busy minute.
import { LitElement, css, html, nothing } from 'lit';
import type { Formatter } from '../format';
import type { SnapshotIndex } from '../model';
import { celebrationText, recapLine } from '../tv/celebration-text';
import type { Celebration } from '../tv/celebrations';

/** Confetti pieces: few enough to cost nothing on a TV's small CPU, enough to read as a party. */
const CONFETTI = Array.from({ length: 28 }, (_, i) => i);

export class BrCelebration extends LitElement {
  static override properties = {
    celebration: { attribute: false },
    recap: { attribute: false },
    index: { attribute: false },
    fmt: { attribute: false },
  };
  declare celebration: Celebration | null;
  declare recap: readonly Celebration[] | null;
  declare index: SnapshotIndex | null;
  declare fmt: Formatter | null;

  static override styles = css`
    :host {
      position: fixed;
      inset: 0;
      z-index: 10;
      display: grid;
      place-items: center;
      background: var(--br-bg);
      color: var(--br-text);
      text-align: center;
      padding: 5vh 5vw;
      overflow: hidden;
    }
    .card {
      position: relative;
      z-index: 1;
      max-width: 90vw;
    }
    .icon {
      font-size: 18vh;
      line-height: 1;
      animation: pop 0.8s ease-out both;
    }
    .amount {
      font-size: 16vh;
      font-weight: 800;
      line-height: 1.05;
      margin: 0.1em 0 0;
      color: var(--br-accent);
      font-variant-numeric: tabular-nums;
      animation: pop 0.8s 0.15s ease-out both;
    }
    h2 {
      font-size: 7vh;
      margin: 0.3em 0;
      color: var(--br-accent);
      overflow-wrap: anywhere;
    }
    .amount + h2 {
      color: var(--br-text);
    }
    p {
      font-size: 4vh;
      margin: 0;
      overflow-wrap: anywhere;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      text-align: left;
      font-size: 4.2vh;
    }
    li {
      display: grid;
      grid-template-columns: 1.6em minmax(0, 1fr);
      gap: 0.4em;
      padding: 0.25em 0;
      border-bottom: 1px solid var(--br-border);
      overflow-wrap: anywhere;
    }
    .confetti {
      position: absolute;
      inset: 0;
      pointer-events: none;
    }
    .confetti i {
      position: absolute;
      top: -5vh;
      width: 1.2vh;
      height: 2.4vh;
      border-radius: 0.2vh;
      background: var(--c);
      left: var(--x);
      animation: fall var(--t) linear var(--d) infinite;
    }
    @keyframes fall {
      to {
        transform: translateY(115vh) rotate(720deg);
      }
    }
    @keyframes pop {
      from {
        transform: scale(0.3) rotate(-12deg);
        opacity: 0;
      }
      to {
        transform: scale(1) rotate(0);
        opacity: 1;
      }
    }
    /* Reduced motion: the same news on a calm card, no confetti, nothing moving. */
    @media (prefers-reduced-motion: reduce) {
      .confetti {
        display: none;
      }
      .icon,
      .amount {
        animation: none;
      }
      .card {
        border: 0.4vh solid var(--br-accent);
        border-radius: var(--br-radius);
        padding: 4vh 5vw;
        background: var(--br-surface);
      }
    }
  `;

  constructor() {
    super();
    this.celebration = null;
    this.recap = null;
    this.index = null;
    this.fmt = null;
  }

  private confetti() {
    const colors = ['#f5c542', '#4cc9f0', '#f72585', '#7ae582', '#ff9f1c'];
    return html`<div class="confetti" aria-hidden="true">${CONFETTI.map(
      (i) =>
        html`<i style=${`--x:${(i * 37) % 100}%;--c:${colors[i % colors.length]};--t:${2.4 + ((i * 7) % 10) / 5}s;--d:${-((i * 13) % 20) / 10}s`}></i>`,
    )}</div>`;
  }

  override render() {
    const { index, fmt } = this;
    if (!index || !fmt) return nothing;
    if (this.recap && this.recap.length > 0) {
      return html`${this.confetti()}<div class="card" role="alert" data-kind="recap" data-ids=${this.recap.map((c) => c.id).join(' ')}>
        <h2>${this.recap.length} reasons to cheer</h2>
        <ul>${this.recap.map((c) => html`<li><span aria-hidden="true">${celebrationText(index, fmt, c).icon}</span><span>${recapLine(index, fmt, c)}</span></li>`)}</ul>
      </div>`;
    }
    const c = this.celebration;
    if (!c) return nothing;
    const t = celebrationText(index, fmt, c);
    return html`${this.confetti()}<div class="card" role="alert" data-kind=${c.kind} data-ids=${c.id}>
      <div class="icon" aria-hidden="true">${t.icon}</div>
      ${t.amount ? html`<p class="amount">${t.amount}</p>` : nothing}
      <h2>${t.title}</h2>
      ${t.detail ? html`<p>${t.detail}</p>` : nothing}
    </div>`;
  }
}

if (!customElements.get('br-celebration')) customElements.define('br-celebration', BrCelebration);
