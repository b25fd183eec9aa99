// The badge catalogue: held badges first (then by tier), how to earn each, and who holds it.
import { LitElement, css, html, nothing } from 'lit';
import type { SnapshotBadge } from '../../../shared/snapshot';
import type { SnapshotIndex } from '../model';
import { hrefFor } from '../router';
import { baseStyles } from '../../../ui';

const MAX_HOLDERS = 12;

/**
 * The count matches the names listed under it; holders who are not listed publicly are said only
 * as a count, and only when the snapshot may say it (shared/snapshot/holders.ts): "2 holders (1 not listed)".
 */
export function holdersText(n: number, notListed: number | null = null): string {
  const extra = notListed !== null && notListed > 0 ? notListed : 0;
  const total = n + extra;
  if (total === 0) return 'Nobody yet — be the first';
  const count = total === 1 ? '1 holder' : `${total} holders`;
  return extra > 0 ? `${count} (${extra} not listed)` : count;
}

/** Badges someone holds come first; each group keeps the catalogue's tier order (stable sort). */
export function heldFirst(badges: readonly SnapshotBadge[]): SnapshotBadge[] {
  const held = (b: SnapshotBadge) => Number(b.holders + (b.notListed ?? 0) > 0);
  return [...badges].sort((a, b) => held(b) - held(a));
}

export class BrBadges extends LitElement {
  static override properties = { index: { attribute: false } };
  declare index: SnapshotIndex | null;

  static override styles = [
    baseStyles,
    css`
      .card h3 {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        font-size: 1.1em;
      }
      .icon {
        font-size: 1.6em;
      }
      .tier {
        text-transform: capitalize;
      }
      .tier.gold,
      .tier.platinum {
        border-color: var(--br-gold);
      }
      p {
        margin: 0.3em 0;
      }
      /* Holders run inline ("Ann, Bob, Cat") so a card stays a few lines tall on a phone. */
      ul {
        list-style: none;
        margin: 0.3em 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.1em 0.4em;
      }
      li:not(:last-child)::after {
        content: ',';
      }
      /* Phone: "How to earn" carries the rule; the tagline would double each card's height. */
      @media (max-width: 40rem) {
        .desc {
          display: none;
        }
      }
      .card h3 .pill {
        margin-left: auto;
        font-size: 0.75rem;
      }
    `,
  ];

  constructor() {
    super();
    this.index = null;
  }

  private card(b: SnapshotBadge) {
    const index = this.index!;
    const awards = index.awardsByBadge.get(b.id) ?? [];
    const holders = [...new Set(awards.map((a) => a.repId))];
    return html`<article class="card">
      <h3>${b.icon ? html`<span class="icon" aria-hidden="true">${b.icon}</span>` : nothing}${b.name}<span class=${`pill tier ${b.tier ?? ''}`}>${b.tier ?? 'No tier'}</span></h3>
      ${b.description ? html`<p class="desc">${b.description}</p>` : nothing}
      <p><strong>How to earn:</strong> ${b.howToEarn}</p>
      <p class="muted">${holdersText(b.holders, b.notListed ?? null)}</p>
      ${
        holders.length > 0
          ? html`<ul aria-label=${`Holders of ${b.name}`}>
            ${holders.slice(0, MAX_HOLDERS).map((id) => {
              const rep = index.reps.get(id);
              return html`<li>${rep ? html`<a href=${hrefFor({ view: 'rep', id })}>${rep.name}</a>` : index.repName(id)}</li>`;
            })}
            ${holders.length > MAX_HOLDERS ? html`<li>and ${holders.length - MAX_HOLDERS} more</li>` : nothing}
          </ul>`
          : nothing
      }
    </article>`;
  }

  override render() {
    if (!this.index) return nothing;
    const badges = heldFirst(this.index.sortedBadges());
    return html`<h2>Badges</h2>
      ${
        badges.length === 0
          ? html`<p>No public badges.</p>`
          : html`<div class="grid">${badges.map((b) => this.card(b))}</div>`
      }`;
  }
}

if (!customElements.get('br-badges')) customElements.define('br-badges', BrBadges);
