// The friendly full-page screen for "loading" and "no data": says what is wrong and what to try.
import { LitElement, css, html, nothing } from 'lit';

declare global {
  interface HTMLElementEventMap {
    'br-retry': CustomEvent<void>;
  }
}

export class BrStatusScreen extends LitElement {
  static override properties = {
    heading: {},
    progress: { attribute: false },
    reason: {},
    source: {},
    retry: { type: Boolean },
    kiosk: { type: Boolean },
    retrySeconds: { type: Number },
  };
  declare heading: string;
  /** While loading: bytes received and the announced size (null when unknown). */
  declare progress: { received: number; total: number | null } | null;
  declare reason: string;
  declare source: string;
  declare retry: boolean;
  /** A TV (no keyboard, no pointer): no button; it says it tries again by itself. */
  declare kiosk: boolean;
  /** Seconds between automatic reloads, for the kiosk wording. */
  declare retrySeconds: number;

  static override styles = css`
    :host {
      display: grid;
      place-items: center;
      min-height: 60vh;
      padding: 1rem;
    }
    section {
      max-width: 36rem;
      background: var(--br-surface);
      border: 1px solid var(--br-border);
      border-radius: var(--br-radius);
      padding: 1.5rem;
    }
    h1 {
      margin-top: 0;
      font-size: 1.5em;
    }
    code {
      overflow-wrap: anywhere;
    }
    button {
      font: inherit;
      padding: 0.4em 1em;
      border-radius: var(--br-radius);
      border: 1px solid var(--br-accent);
      background: var(--br-accent);
      color: var(--br-accent-text);
      cursor: pointer;
    }
    button:focus-visible {
      outline: 3px solid var(--br-focus);
      outline-offset: 2px;
    }
  `;

  constructor() {
    super();
    this.heading = '';
    this.progress = null;
    this.reason = '';
    this.source = '';
    this.retry = false;
    this.kiosk = false;
    this.retrySeconds = 60;
  }

  override render() {
    return html`<section role=${this.retry ? 'alert' : 'status'} aria-live="polite">
      <h1>${this.heading}</h1>
      ${this.progress ? progressView(this.progress) : nothing}
      ${this.reason ? html`<p class="reason">${this.reason}</p>` : nothing}
      ${this.source ? html`<p>Data source: <code>${this.source}</code></p>` : nothing}
      ${
        this.retry
          ? html`<p>The site reads a snapshot published by the Bellringer add-on or CLI. Add
                <code>?data=&lt;url&gt;</code> to the address to read another one.</p>
              ${
                this.kiosk
                  ? html`<p class="auto">${retryText(this.retrySeconds)}</p>`
                  : html`<button type="button" @click=${() => this.dispatchEvent(new CustomEvent('br-retry', { bubbles: true, composed: true }))}>Try again</button>`
              }`
          : nothing
      }
    </section>`;
  }
}

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** A determinate bar when the size is known, else the amount so far: a big board visibly moves. */
function progressView(p: { received: number; total: number | null }) {
  const text =
    p.total !== null
      ? `${mb(p.received)} of ${mb(p.total)} (${Math.min(100, Math.round((p.received / p.total) * 100))}%)`
      : `${mb(p.received)} so far`;
  return html`<progress aria-label="Download progress" max=${p.total ?? nothing} value=${p.total !== null ? p.received : nothing}></progress>
    <p class="progress">${text}</p>`;
}

/** What a TV says instead of a "Try again" button. */
export function retryText(seconds: number): string {
  const s = Math.max(1, Math.round(Number.isFinite(seconds) ? seconds : 60));
  const every =
    s === 1
      ? 'every second'
      : s % 60 === 0
        ? s === 60
          ? 'every minute'
          : `every ${s / 60} minutes`
        : `every ${s} seconds`;
  return `This screen tries again by itself ${every}.`;
}

if (!customElements.get('br-status-screen'))
  customElements.define('br-status-screen', BrStatusScreen);
