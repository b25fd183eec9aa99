// The freshness stamp: "Data of <day> · published <time> (n min ago)"; a visible warning when either is old.
import { LitElement, css, html, nothing } from 'lit';
import { type Stamp, ageText, dayText, stampTime } from '../data/staleness';

export class BrStamp extends LitElement {
  static override properties = { stamp: { attribute: false } };
  declare stamp: Stamp | null;

  static override styles = css`
    :host {
      display: block;
      font-size: 0.85em;
    }
    .stamp {
      margin: 0;
      color: var(--br-muted);
    }
    .stamp.stale {
      background: var(--br-warn-bg);
      color: var(--br-warn-text);
      padding: 0.3em 0.7em;
      border-radius: var(--br-radius);
      font-weight: 600;
    }
  `;

  constructor() {
    super();
    this.stamp = null;
  }

  override render() {
    const s = this.stamp;
    if (!s) return nothing;
    const when = stampTime(s.asOfMs, s.timeZone ?? 'UTC');
    return html`<p class=${s.stale ? 'stamp stale' : 'stamp'} role="status" data-stale=${s.stale ? 'true' : 'false'}>
      ${s.stale ? html`<span aria-hidden="true">⚠ </span>` : nothing}<span class="data-day">Data of ${dayText(s.dataDay)}</span>
      · <span class="published">published ${when} (${ageText(s.ageMinutes).replace(' old', ' ago')})</span>${
        s.warning ? html`. <span class="warning">${s.warning}</span>` : nothing
      }${s.note ? html`. <span class="note">${s.note}</span>` : nothing}
    </p>`;
  }
}

if (!customElements.get('br-stamp')) customElements.define('br-stamp', BrStamp);
