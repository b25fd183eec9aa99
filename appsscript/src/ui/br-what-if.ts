// <br-what-if>: "close $X more this period and earn $Y more" for one rep, from the engine's own rules.
import { css, html, LitElement, nothing } from 'lit';
import type { WhatIfData } from '../dashboard/toolkit-types';
import { money } from './format';
import { serverCall } from './gas-run';
import { addonStyles } from './styles';

export class BrWhatIf extends LitElement {
  static override properties = {
    repId: { attribute: false },
    currency: { attribute: false },
    result: { attribute: false },
    error: { attribute: false },
    busy: { attribute: false },
  };
  static override styles = [
    addonStyles,
    css`
      form {
        display: flex;
        gap: 6px;
        align-items: center;
      }
      input {
        width: 8em;
        font: inherit;
        padding: 3px;
      }
      .answer {
        font-weight: bold;
      }
    `,
  ];

  repId = '';
  currency = 'USD';
  result: WhatIfData | null = null;
  error: string | null = null;
  busy = false;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('repId') && changed.get('repId') !== undefined) {
      this.result = null;
      this.error = null;
    }
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem(
      'amount',
    ) as HTMLInputElement;
    this.busy = true;
    this.error = null;
    try {
      this.result = await serverCall<WhatIfData>('getWhatIf', this.repId, input.value);
    } catch (e) {
      this.result = null;
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const r = this.result;
    return html`
      <form @submit=${(e: Event) => this.submit(e)}>
        <label for="amount">Close</label>
        <input id="amount" name="amount" type="number" min="0" step="any" required placeholder="5000">
        <span>more this period</span>
        <button type="submit" ?disabled=${this.busy || this.repId === ''}>Show</button>
      </form>
      ${
        r
          ? html`<p class="answer" role="status">
                Close ${money(r.extraAmount, this.currency)} more, earn
                ${money(r.delta, this.currency)} more
              </p>
              <p class="muted">${r.explanation}</p>`
          : nothing
      }
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
    `;
  }
}

customElements.define('br-what-if', BrWhatIf);
