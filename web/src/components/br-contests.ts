// Contest cards, grouped live / upcoming / final, with countdown, prize, rules and the rules hash.
import { LitElement, css, html, nothing } from 'lit';
import type { SnapshotContest } from '../../../shared/snapshot';
import {
  KIND_LABEL,
  goalText,
  participantName,
  showsStandings,
  standingValue,
  withheldText,
  statusLine,
} from '../contest-text';
import type { Formatter } from '../format';
import { aheadText } from '../me-facts';
import { meInContest } from '../me-contest';
import type { SnapshotIndex } from '../model';
import { hrefFor } from '../router';
import { baseStyles } from '../../../ui';

const GROUPS: readonly { status: SnapshotContest['status']; title: string }[] = [
  { status: 'live', title: 'Live' },
  { status: 'upcoming', title: 'Upcoming' },
  { status: 'final', title: 'Final' },
];

export class BrContests extends LitElement {
  static override properties = {
    index: { attribute: false },
    fmt: { attribute: false },
    now: { type: Number },
    me: {},
  };
  declare index: SnapshotIndex | null;
  declare fmt: Formatter | null;
  declare now: number;
  /** The rep this device picked as "me": each card says where they (or their team) stand. */
  declare me: string | null;

  static override styles = [
    baseStyles,
    css`
      section {
        margin-bottom: 1.5rem;
      }
      .card h4 {
        margin: 0 0 0.25rem;
        font-size: 1.1em;
      }
      .card p {
        margin: 0.3em 0;
      }
      .hash {
        font-family: ui-monospace, monospace;
      }
      ol {
        list-style: none;
        padding: 0;
        margin: 0.4em 0;
      }
      p.you {
        font-weight: 600;
        border-left: 4px solid var(--br-accent);
        padding-left: 0.5em;
      }
      .rank {
        display: inline-block;
        min-width: 1.6em;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  constructor() {
    super();
    this.index = null;
    this.fmt = null;
    this.now = 0;
    this.me = null;
  }

  private card(c: SnapshotContest) {
    const { index, fmt } = this;
    if (!index || !fmt) return nothing;
    // Only the engine's rank is printed: tied entries share it, so list positions would lie.
    const top = showsStandings(c) ? c.standings.slice(0, 3) : [];
    const goal = goalText(fmt, c);
    const mine = this.me ? meInContest(index, fmt, c, this.me) : null;
    return html`<article class="card">
      <h4><a href=${hrefFor({ view: 'contest', id: c.id })}>${c.name}</a></h4>
      <p><span class=${`pill ${c.status}`}>${statusLine(c, this.now, fmt)}</span></p>
      <p class="muted">${KIND_LABEL[c.kind]}${c.team ? ` · team ${c.team}` : ''}${goal ? ` · ${goal}` : ''}</p>
      ${c.prize ? html`<p>Prize: ${c.prize}</p>` : nothing}
      ${c.description ? html`<p>${c.description}</p>` : nothing}
      ${
        top.length > 0
          ? html`<ol aria-label="Top of the standings">
            ${top.map((s) => html`<li><span class="rank">${s.rank}.</span> ${participantName(index, c, s)}: ${standingValue(fmt, c, s)}</li>`)}
          </ol>`
          : withheldText(c)
            ? html`<p class="muted withheld">${withheldText(c)}</p>`
            : nothing
      }
      ${
        mine
          ? html`<p class="you">${mine.team ? `Your team (${mine.team})` : 'You'}: #${mine.rank} of ${mine.of} · ${aheadText(mine)}</p>`
          : nothing
      }
      <details><summary>Rules</summary><p>${c.rules}</p></details>
      <p class="muted">Rules hash <span class="hash">${c.rulesHash}</span></p>
    </article>`;
  }

  override render() {
    if (!this.index) return nothing;
    const contests = this.index.snapshot.contests;
    return html`<h2>Contests</h2>
      ${contests.length === 0 ? html`<p class="card">No public contests right now.</p>` : nothing}
      ${GROUPS.map(({ status, title }) => {
        const list = contests.filter((c) => c.status === status);
        if (list.length === 0) return nothing;
        return html`<section aria-labelledby=${`g-${status}`}>
          <h3 id=${`g-${status}`}>${title}</h3>
          <div class="grid">${list.map((c) => this.card(c))}</div>
        </section>`;
      })}`;
  }
}

if (!customElements.get('br-contests')) customElements.define('br-contests', BrContests);
