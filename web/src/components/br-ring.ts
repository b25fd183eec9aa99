// The attainment ring (layoutRing) with an optional pace tick: decorative SVG, the percentage as real text.
import { LitElement, css, html, nothing, svg } from 'lit';
import { layoutRing } from '../charts/layout-ring';

export class BrRing extends LitElement {
  static override properties = {
    pct: { type: Number },
    pace: { type: Number },
    text: {},
    caption: {},
  };
  declare pct: number | null;
  /** Expected % by today; draws a tick across the ring (the words beside the ring say it too). */
  declare pace: number | null;
  declare text: string;
  declare caption: string;

  static override styles = css`
    :host {
      display: inline-block;
      text-align: center;
    }
    .wrap {
      position: relative;
      width: 9rem;
      height: 9rem;
    }
    svg {
      width: 100%;
      height: 100%;
    }
    .track {
      fill: var(--br-border);
    }
    .value {
      fill: var(--br-bar);
    }
    .value.over {
      fill: var(--br-good);
    }
    .pace {
      stroke: var(--br-text);
      stroke-width: 3;
      stroke-linecap: round;
    }
    .label {
      position: absolute;
      inset: 0;
      display: grid;
      place-items: center;
      font-size: 1.4rem;
      font-weight: 700;
    }
    .caption {
      color: var(--br-muted);
      font-size: 0.9em;
    }
  `;

  constructor() {
    super();
    this.pct = null;
    this.pace = null;
    this.text = '';
    this.caption = '';
  }

  override render() {
    const r = layoutRing(this.pct, 50, 12, this.pace);
    const t = r.paceMarker;
    return html`<div class="wrap">
        <svg viewBox="-54 -54 108 108" aria-hidden="true" focusable="false">
          <path class="track" d=${r.track}></path>
          <path class=${r.over ? 'value over' : 'value'} d=${r.value}></path>
          ${t ? svg`<line class="pace" x1=${t.x1} y1=${t.y1} x2=${t.x2} y2=${t.y2}></line>` : nothing}
        </svg>
        <span class="label">${this.text}</span>
      </div>
      <div class="caption">${this.caption}</div>`;
  }
}

if (!customElements.get('br-ring')) customElements.define('br-ring', BrRing);
