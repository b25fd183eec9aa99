// A rep's commission statements (closed and current period), every line explained, and the what-if.
import { LitElement, html, nothing } from 'lit';
import type { PrivateBundle, PrivateStatement } from '../../../shared/private';
import type { PrivateFormat } from './format';
import { privateStyles } from './styles';

const STATUS = { current: 'this period, so far', closed: 'last period' } as const;

export class BrPrivateStatement extends LitElement {
  static override properties = { page: { attribute: false }, fmt: { attribute: false } };
  declare page: PrivateBundle;
  declare fmt: PrivateFormat;
  static override styles = privateStyles;

  override render() {
    const s = this.page.statement;
    if (!s) return nothing;
    return html`<section aria-labelledby="pay">
      <h2 id="pay">My commission</h2>
      ${s.periods.map((p) => this.period(p))}
      ${
        s.whatIf
          ? html`<h3>What if</h3>
            <p class="what-if">${s.whatIf.text}</p>`
          : nothing
      }
    </section>`;
  }

  private period(p: PrivateStatement) {
    return html`<article class="statement" data-status=${p.status}>
      <h3>${p.period} (${STATUS[p.status]}), plan ${p.planId}</h3>
      <div class="scroll" tabindex="0" role="region" aria-label=${`Statement lines, ${p.period} (${STATUS[p.status]})`}><table>
        <thead>
          <tr><th>Item</th><th>How it is worked out</th><th class="num">Amount</th></tr>
        </thead>
        <tbody>
          ${p.lines.map(
            (l) => html`<tr data-item=${l.item}>
              <td>${l.item}</td>
              <td>${l.detail}</td>
              <td class="num">${l.amount === null ? '' : this.fmt.money(l.amount)}</td>
            </tr>`,
          )}
        </tbody>
      </table></div>
      <p class="muted explanation">${p.explanation}</p>
    </article>`;
  }
}

customElements.define('br-private-statement', BrPrivateStatement);
