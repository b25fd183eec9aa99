// <br-hi-five-form>: the Give a hi-five dialog (to, kind, message, public) that appends to Recognition.
import { css, html, LitElement, nothing } from 'lit';
import type { HiFiveOptions } from '../hi-five-types';
import { closeDialog, serverCall } from './gas-run';
import { addonStyles } from './styles';

export class BrHiFiveForm extends LitElement {
  static override properties = {
    options: { attribute: false },
    status: { attribute: false },
    error: { attribute: false },
    kind: { attribute: false },
    sending: { attribute: false },
  };
  static override styles = [
    addonStyles,
    css`
      label {
        display: block;
        margin: 10px 0 2px;
        font-weight: bold;
      }
      select,
      textarea,
      input[type='text'] {
        width: 100%;
        box-sizing: border-box;
        font: inherit;
        padding: 4px;
      }
      textarea {
        height: 90px;
      }
      .check {
        font-weight: normal;
      }
      .actions {
        margin-top: 14px;
      }
    `,
  ];

  options: HiFiveOptions | null = null;
  status: string | null = null;
  error: string | null = null;
  kind = 'hi-five';
  sending = false;

  override connectedCallback(): void {
    super.connectedCallback();
    serverCall<HiFiveOptions>('getHiFiveOptions').then(
      (o) => {
        this.options = o;
      },
      (e: Error) => {
        this.error = e.message;
      },
    );
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    this.sending = true;
    this.error = null;
    try {
      this.status = await serverCall<string>('submitHiFive', {
        to: String(data.get('to') ?? ''),
        kind: String(data.get('kind') ?? ''),
        from: String(data.get('from') ?? ''),
        message: String(data.get('message') ?? ''),
        badgeId: String(data.get('badgeId') ?? ''),
        public: data.get('public') === 'on',
      });
      form.reset();
      this.kind = 'hi-five';
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.sending = false;
    }
  }

  override render() {
    const o = this.options;
    if (!o)
      return this.error
        ? html`<p class="error" role="alert">${this.error}</p>`
        : html`<p class="muted">Loading reps…</p>`;
    if (o.reps.length === 0) {
      return html`<p class="error" role="alert">There are no active reps in the Reps tab yet. Add your team there (or run Set up workbook), then try again.</p>`;
    }
    return html`<form @submit=${(e: Event) => this.submit(e)}>
      <label for="to">To</label>
      <select id="to" name="to" required>
        ${o.reps.map((r) => html`<option value=${r.repId}>${r.name} (${r.repId})</option>`)}
      </select>
      <label for="kind">Kind</label>
      <select id="kind" name="kind" @change=${(e: Event) => {
        this.kind = (e.target as HTMLSelectElement).value;
      }}>
        ${o.kinds.map((k) => html`<option value=${k} ?selected=${k === this.kind}>${k}</option>`)}
      </select>
      ${
        this.kind === 'award'
          ? html`<label for="badge">Badge</label>
            <select id="badge" name="badgeId" required>
              ${o.badges.map((b) => html`<option value=${b.badgeId}>${b.name}</option>`)}
            </select>`
          : nothing
      }
      <label for="message">Message</label>
      <textarea id="message" name="message" maxlength="500" required placeholder="What is it for?"></textarea>
      <label for="from">From (optional)</label>
      <input id="from" name="from" type="text" maxlength="100">
      <label class="check"><input name="public" type="checkbox" checked> Public: show it on the leaderboard and the TV</label>
      <div class="actions">
        <button type="submit" ?disabled=${this.sending}>Send</button>
        <button type="button" @click=${closeDialog}>Close</button>
      </div>
      ${this.status ? html`<p role="status">${this.status}</p>` : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
    </form>`;
  }
}

customElements.define('br-hi-five-form', BrHiFiveForm);
