// <br-auto-recalculate>: the sidebar's auto-recalculation line: on or off, how often, and the day's share of the trigger budget.
import { css, html, LitElement, nothing } from 'lit';
import type { AutoRecalculateInfo } from '../dashboard/types';
import { addonStyles } from './styles';

export class BrAutoRecalculate extends LitElement {
  static override properties = { info: { attribute: false } };
  static override styles = [
    addonStyles,
    css`
      meter {
        width: 100%;
      }
    `,
  ];

  info: AutoRecalculateInfo | null = null;

  override render() {
    const i = this.info;
    if (!i) return nothing;
    const every = i.everyMinutes === 60 ? 'every hour' : `every ${i.everyMinutes} minutes`;
    return html`<h2>Auto-recalculate</h2>
      <p>${i.on ? html`<strong>On</strong>: ${every}.` : html`<strong>Off</strong> (it would run ${every}).`}</p>
      ${
        i.minutesPerDay === null
          ? nothing
          : html`<label>Trigger time a day: ${i.minutesPerDay} of ${i.budgetMinutes} min
            <meter min="0" max=${i.budgetMinutes} high=${Math.round(i.budgetMinutes * 0.8)} value=${Math.min(i.minutesPerDay, i.budgetMinutes)}></meter></label>`
      }
      <p class="muted">${i.words}</p>`;
  }
}

customElements.define('br-auto-recalculate', BrAutoRecalculate);
