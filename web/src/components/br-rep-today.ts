// The top of a rep's page: this month's ring with the pace tick, the next rank, what changed, the nearest badge.
import { LitElement, css, html, nothing } from 'lit';
import { badgeProgressText } from '../badge-progress';
import type { Formatter } from '../format';
import { aheadText, meOnBoard, targetText } from '../me-facts';
import type { DayMemo } from '../me-storage';
import { badgesInProgress, changesSince, paceStatus } from '../me-today';
import type { SnapshotIndex } from '../model';
import './br-explain';
import './br-ring';
import { baseStyles } from '../../../ui';

export class BrRepToday extends LitElement {
  static override properties = {
    index: { attribute: false },
    fmt: { attribute: false },
    repId: {},
    memo: { attribute: false },
  };
  declare index: SnapshotIndex | null;
  declare fmt: Formatter | null;
  declare repId: string;
  /** This device's memo of an earlier data day (only on the page of the rep who picked themselves). */
  declare memo: DayMemo | null;

  static override styles = [
    baseStyles,
    css`
      .pace {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.25rem;
        align-items: center;
      }
      .pace p {
        margin: 0.15rem 0;
      }
      .big {
        font-size: 1.3rem;
        font-weight: 700;
      }
      h4 {
        margin: 1rem 0 0.3rem;
        font-size: 1rem;
      }
      ul {
        margin: 0;
        padding-left: 1.2rem;
      }
      .badge p {
        margin: 0.2rem 0;
      }
      .meter {
        max-width: 20rem;
      }
    `,
  ];

  constructor() {
    super();
    this.index = null;
    this.fmt = null;
    this.repId = '';
    this.memo = null;
  }

  private paceBlock() {
    const index = this.index!;
    const fmt = this.fmt!;
    const period = index.period('month');
    const status = paceStatus(index, this.repId, 'month');
    const pct = index.reps.get(this.repId)?.attainment.month ?? null;
    const pace = period?.pace;
    return html`<div class="pace">
      <br-ring .pct=${pct} .pace=${pace?.pct ?? null} .text=${fmt.percent(pct) ?? 'No target'} caption="of own target"></br-ring>
      <div>
        <p class="big">${period?.name ?? 'This month'}</p>
        ${
          pace
            ? html`<p class="pace-line">Pace today: ${fmt.percent(pace.pct)} of target <span class="muted">(${pace.workingDaysElapsed} of ${pace.workingDays} working days)</span></p>`
            : nothing
        }
        ${status?.text ? html`<p class=${`pace-status ${status.dir ?? ''}`}><strong>${status.text}</strong></p>` : nothing}
        ${targetText(pct) ? html`<p class="target-gap">${targetText(pct)}</p>` : nothing}
      </div>
    </div>`;
  }

  private nextRank() {
    const index = this.index!;
    const board = index.board('month', 'revenue');
    const me = board ? meOnBoard(index, this.fmt!, board, this.repId) : null;
    if (!me) return nothing;
    return html`<p class="next-rank"><strong>Revenue this month: #${me.rank} of ${me.of}.</strong> ${aheadText(me)}.</p>`;
  }

  private changes() {
    const index = this.index!;
    const list = changesSince(index, this.repId, this.memo);
    const heading = this.memo ? `Since ${this.fmt!.day(this.memo.day)}` : 'New today';
    return html`<h4>${heading}</h4>
      ${
        list.length === 0
          ? html`<p class="muted">Nothing new${this.memo ? '' : ` on ${this.fmt!.day(index.snapshot.asOf)}`}.</p>`
          : html`<ul class="changes">${list.map(
              (c) =>
                html`<li class=${c.dir}>${c.dir === 'up' ? '▲ ' : c.dir === 'down' ? '▼ ' : ''}${c.text}</li>`,
            )}</ul>`
      }`;
  }

  private nextBadge() {
    const next = badgesInProgress(this.index!, this.repId)[0];
    if (!next) return nothing;
    const { badge, progress } = next;
    const pct = Math.max(0, Math.min(100, progress.pct));
    // A one-off bar is met by a single result: a share of it would mislead ("65 % done").
    const meter = progress.measure !== 'best_so_far';
    return html`<h4>Next badge</h4>
      <div class="card badge">
        <p><strong>${badge.icon ? html`<span aria-hidden="true">${badge.icon} </span>` : nothing}${badge.name}</strong></p>
        <p class="how">${badge.howToEarn}</p>
        ${
          meter
            ? html`<div class="meter" role="progressbar" aria-label=${`Progress toward ${badge.name}`} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(pct)}><span style=${`width:${pct.toFixed(1)}%`}></span></div>`
            : nothing
        }
        <p class="muted">${badgeProgressText(this.fmt!, progress)}</p>
        <br-explain .text=${progress.explanation}></br-explain>
      </div>`;
  }

  override render() {
    if (!this.index || !this.fmt || !this.index.reps.has(this.repId)) return nothing;
    return html`${this.paceBlock()} ${this.nextRank()} ${this.changes()} ${this.nextBadge()}`;
  }
}

if (!customElements.get('br-rep-today')) customElements.define('br-rep-today', BrRepToday);
