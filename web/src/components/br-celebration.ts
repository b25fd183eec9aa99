// The full-screen celebration that interrupts the TV loop: a new badge, a won contest, a big deal.
import { LitElement, css, html, nothing } from 'lit';
import type { SnapshotIndex } from '../model';
import { captionAfter } from '../recognition-text';
import type { Celebration } from '../tv/celebrations';

export function celebrationText(
  index: SnapshotIndex,
  c: Celebration,
): { icon: string; title: string; detail: string } {
  switch (c.kind) {
    case 'badge': {
      const badge = index.badges.get(c.badgeId);
      return {
        icon: badge?.icon ?? '🎖️',
        title: `${index.repName(c.repId)} earned ${badge?.name ?? 'a badge'}!`,
        detail: c.explanation,
      };
    }
    case 'contest': {
      const contest = index.contests.get(c.contestId);
      const winner =
        c.winnerRepId !== null ? index.repName(c.winnerRepId) : (c.winnerTeam ?? 'Anonymous rep');
      return {
        icon: '🏆',
        title: `${winner} won ${contest?.name ?? 'the contest'}!`,
        detail: contest?.prize ? `Prize: ${contest.prize}` : 'Final standings are in.',
      };
    }
    case 'big_deal':
      return {
        icon: '🔔',
        title: `${index.repName(c.repId)} closed a big deal!`,
        detail: c.message === null ? '' : (captionAfter('closed a big deal', c.message) ?? ''),
      };
  }
}

export class BrCelebration extends LitElement {
  static override properties = { celebration: { attribute: false }, index: { attribute: false } };
  declare celebration: Celebration | null;
  declare index: SnapshotIndex | null;

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
    }
    .icon {
      font-size: 12rem;
      line-height: 1;
      animation: pop 0.8s ease-out both;
    }
    h2 {
      font-size: 3.2rem;
      margin: 0.3em 0;
      color: var(--br-accent);
      overflow-wrap: anywhere;
    }
    p {
      font-size: 1.6rem;
      margin: 0;
      overflow-wrap: anywhere;
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
    @media (prefers-reduced-motion: reduce) {
      .icon {
        animation: none;
      }
    }
  `;

  constructor() {
    super();
    this.celebration = null;
    this.index = null;
  }

  override render() {
    if (!this.celebration || !this.index) return nothing;
    const t = celebrationText(this.index, this.celebration);
    return html`<div role="alert" data-kind=${this.celebration.kind}>
      <div class="icon" aria-hidden="true">${t.icon}</div>
      <h2>${t.title}</h2>
      ${t.detail ? html`<p>${t.detail}</p>` : nothing}
    </div>`;
  }
}

if (!customElements.get('br-celebration')) customElements.define('br-celebration', BrCelebration);
