// <br-statement-dialog>: pick a rep and a period, see the printable commission statement, print it.
import { css, html, LitElement, nothing } from 'lit';
import type {
  StatementData,
  StatementOptions,
  StatementResult,
  StatementWhich,
} from '../statement/types';
import { money } from './format';
import { closeDialog, serverCall } from './gas-run';
import { addonStyles } from './styles';

export class BrStatementDialog extends LitElement {
  static override properties = {
    options: { attribute: false },
    result: { attribute: false },
    error: { attribute: false },
    loading: { attribute: false },
  };
  static override styles = [
    addonStyles,
    css`
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: end;
      }
      label {
        display: block;
        font-weight: bold;
      }
      select {
        font: inherit;
        padding: 3px;
      }
      h1 {
        font-size: 16px;
        margin: 14px 0 2px;
      }
      table {
        margin-top: 8px;
      }
      th,
      td {
        padding: 3px 6px;
      }
      td.amount,
      th.amount {
        text-align: right;
        white-space: nowrap;
      }
      tr.total td {
        font-weight: bold;
        border-top: 2px solid var(--br-text);
      }
      .actions {
        margin-top: 12px;
      }
      @media print {
        form,
        .actions {
          display: none;
        }
      }
    `,
  ];

  options: StatementOptions | null = null;
  result: StatementResult | null = null;
  error: string | null = null;
  loading = false;

  override connectedCallback(): void {
    super.connectedCallback();
    serverCall<StatementOptions>('getStatementOptions').then(
      (o) => {
        this.options = o;
      },
      (e: Error) => {
        this.error = e.message;
      },
    );
  }

  private async show(event: Event): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const which = String(data.get('which') ?? 'current') as StatementWhich;
    this.loading = true;
    this.error = null;
    try {
      this.result = await serverCall<StatementResult>(
        'getStatement',
        String(data.get('rep') ?? ''),
        which,
      );
    } catch (e) {
      this.result = null;
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.loading = false;
    }
  }

  private statement(s: StatementData) {
    const m = (x: number) => money(x, s.currency);
    return html`
      <h1>Commission statement: ${s.name} (${s.repId})</h1>
      <p class="muted">Plan ${s.planId}, ${s.period}: ${s.start} to ${s.end} · figures as of ${s.asOf}
        · ${s.which === 'current' ? 'current period (so far)' : 'previous period'}</p>
      <table>
        <thead><tr><th scope="col">Item</th><th scope="col">Detail</th><th scope="col" class="amount">Amount</th></tr></thead>
        <tbody>
          ${s.rows.map(
            (r) => html`<tr class=${r.item === 'Total' ? 'total' : ''}>
              <td>${r.item}</td><td>${r.detail}</td>
              <td class="amount">${r.amount === null ? '' : m(r.amount)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <h2>As text</h2>
      <ul>${s.lines.map((l) => html`<li>${l}</li>`)}</ul>
    `;
  }

  override render() {
    const o = this.options;
    if (!o) {
      return this.error
        ? html`<p class="error" role="alert">${this.error}</p>`
        : html`<p class="muted">Loading reps…</p>`;
    }
    if (o.reps.length === 0) {
      return html`<p class="error" role="alert">No commission plan pays anyone as of ${o.asOf}. Add plans in the Commission Plans tab (applies_to: a rep_id, team or role), then try again.</p>
        <button type="button" @click=${closeDialog}>Close</button>`;
    }
    const r = this.result;
    return html`
      <form @submit=${(e: Event) => this.show(e)}>
        <div><label for="rep">Rep</label>
          <select id="rep" name="rep" required>
            ${o.reps.map((x) => html`<option value=${x.repId}>${x.name} (${x.repId})</option>`)}
          </select></div>
        <div><label for="which">Period</label>
          <select id="which" name="which">
            <option value="current">Current (so far)</option>
            <option value="previous">Previous</option>
          </select></div>
        <button type="submit" ?disabled=${this.loading}>Show statement</button>
      </form>
      ${this.loading ? html`<p class="muted" aria-live="polite">Calculating…</p>` : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${r?.kind === 'none' ? html`<p role="status">${r.message}</p>` : nothing}
      ${r?.kind === 'statement' ? this.statement(r) : nothing}
      <div class="actions">
        <button type="button" ?disabled=${r?.kind !== 'statement'} @click=${() => window.print()}>Print</button>
        <button type="button" @click=${closeDialog}>Close</button>
      </div>
    `;
  }
}

customElements.define('br-statement-dialog', BrStatementDialog);
