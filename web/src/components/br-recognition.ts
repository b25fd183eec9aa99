// The recognition feed: hi-fives, shout-outs, awards and automatic celebrations, newest first.
import { LitElement, css, html, nothing } from 'lit';
import type { RecognitionEntry } from '../../../shared/snapshot';
import type { Formatter } from '../format';
import type { SnapshotIndex } from '../model';
import { KIND_ICON, recognitionDetail, recognitionHeadline, sortedFeed } from '../recognition-text';
import { baseStyles } from '../../../ui';

const PAGE = 50;

export class BrRecognition extends LitElement {
  static override properties = {
    index: { attribute: false },
    fmt: { attribute: false },
    repId: {},
    page: { type: Number },
    limit: { state: true },
  };
  declare index: SnapshotIndex | null;
  declare fmt: Formatter | null;
  /** When set, only recognition received by this rep. */
  declare repId: string | null;
  /** Entries shown at first and added by each "Show more" (the rep page shows fewer). */
  declare page: number;
  declare limit: number;

  static override styles = [
    baseStyles,
    css`
      ol {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 0.6rem;
      }
      li {
        display: grid;
        grid-template-columns: 2em minmax(0, 1fr);
        gap: 0.5rem;
      }
      .icon {
        font-size: 1.5em;
      }
      p {
        margin: 0.2em 0;
      }
      .message {
        font-style: italic;
        overflow-wrap: anywhere;
      }
    `,
  ];

  constructor() {
    super();
    this.index = null;
    this.fmt = null;
    this.repId = null;
    this.page = PAGE;
    this.limit = PAGE;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('page') || changed.has('repId')) this.limit = this.page;
  }

  private detail(r: RecognitionEntry) {
    const d = this.index ? recognitionDetail(this.index, r) : null;
    if (!d) return nothing;
    return d.quote
      ? html`<p class="message">“${d.text}”</p>`
      : html`<p class="caption">${d.text}</p>`;
  }

  private item(r: RecognitionEntry) {
    const { index, fmt } = this;
    if (!index || !fmt) return nothing;
    return html`<li class="card">
      <span class="icon" aria-hidden="true">${KIND_ICON[r.kind]}</span>
      <div>
        <p><strong>${recognitionHeadline(index, r)}</strong></p>
        ${this.detail(r)}
        <p class="muted"><time datetime=${r.date}>${fmt.day(r.date)}</time></p>
      </div>
    </li>`;
  }

  override render() {
    if (!this.index) return nothing;
    const all = sortedFeed(
      this.repId === null
        ? this.index.snapshot.recognition
        : this.index.snapshot.recognition.filter((r) => r.toRepId === this.repId),
    );
    const shown = all.slice(0, this.limit);
    return html`${this.repId === null ? html`<h2>Recognition</h2>` : nothing}
      ${all.length === 0 ? html`<p>No recognition yet.</p>` : html`<ol>${shown.map((r) => this.item(r))}</ol>`}
      ${
        all.length > shown.length
          ? html`<p><button type="button" @click=${() => (this.limit += this.page)}>Show more (${all.length - shown.length} left)</button></p>`
          : nothing
      }`;
  }
}

if (!customElements.get('br-recognition')) customElements.define('br-recognition', BrRecognition);
