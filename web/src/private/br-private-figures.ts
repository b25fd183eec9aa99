// A rep's own target, attainment and pace per period, and tier and trend: from the page's facts.
import { LitElement, html, nothing } from 'lit';
import type { PrivateBundle } from '../../../shared/private';
import type { PrivateFormat } from './format';
import { windowText } from './period-words';
import { privateStyles } from './styles';

const TREND = { rising: 'rising', flat: 'steady', falling: 'falling' } as const;

export class BrPrivateFigures extends LitElement {
  static override properties = { page: { attribute: false }, fmt: { attribute: false } };
  declare page: PrivateBundle;
  declare fmt: PrivateFormat;
  static override styles = privateStyles;

  override render() {
    const { target, tier } = this.page;
    return html`${target ? this.targets(target) : nothing}${tier ? this.tier(tier) : nothing}`;
  }

  private targets(rows: NonNullable<PrivateBundle['target']>) {
    const f = this.fmt;
    return html`<section aria-labelledby="t">
      <h2 id="t">My target</h2>
      <div class="scroll" tabindex="0" role="region" aria-label="Target by period"><table>
        <thead>
          <tr>
            <th>Period</th>
            <th class="num">Won</th>
            <th class="num">Target</th>
            <th class="num">% of target</th>
            <th class="num">Pace</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr data-kind=${r.kind}>
              <td>${r.name}</td>
              <td class="num">${f.wholeMoney(r.revenue)}</td>
              <td class="num">${f.wholeMoney(r.target)}</td>
              <td class="num">${f.pct(r.attainmentPct)}</td>
              <td class="num">${f.pct(r.pacePct)}</td>
            </tr>`,
          )}
        </tbody>
      </table></div>
      <p class="muted">
        Pace: the share of the period's working days gone by ${f.day(this.page.asOf)}, where your
        attainment would be if you keep an even pace to the period's end.
      </p>
    </section>`;
  }

  private tier(t: NonNullable<PrivateBundle['tier']>) {
    return html`<section aria-labelledby="tier">
      <h2 id="tier">My tier</h2>
      <p>
        ${t.tier === null ? 'Not tiered' : `Tier ${t.tier}`}${t.trend ? `, trend ${TREND[t.trend]}` : ''}${
          t.inRamp ? ' (in ramp: new hires are never tier C)' : ''
        }.
      </p>
      <p class="muted">
        Rolling attainment ${this.fmt.pct(t.rollingAttainmentPct)} over ${windowText(t.window)}.
        ${t.reason ?? ''}
      </p>
    </section>`;
  }
}

customElements.define('br-private-figures', BrPrivateFigures);
