// The attainment ring (layoutRing): decorative SVG with the percentage as real text beside it.
import { LitElement, css, html } from 'lit';
import { layoutRing } from '../charts/layout-ring';

export class BrRing extends LitElement {
  static override properties = { pct: { type: Number }, text: {}, caption: {} };
  declare pct: number | null;
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
    this.text = '';
    this.caption = '';
  }

  override render() {
    const r = layoutRing(this.pct, 50, 12);
    return html`<div class="wrap">
        <svg viewBox="-50 -50 100 100" aria-hidden="true" focusable="false">
          <path class="track" d=${r.track}></path>
          <path class=${r.over ? 'value over' : 'value'} d=${r.value}></path>
        </svg>
        <span class="label">${this.text}</span>
      </div>
      <div class="caption">${this.caption}</div>`;
  }
}

if (!customElements.get('br-ring')) customElements.define('br-ring', BrRing);
