// Badges a rep can take elsewhere: each Open Badges assertion's address and an "add to LinkedIn" link.
import { LitElement, html, nothing } from 'lit';
import type { PrivateBundle } from '../../../shared/private';
import type { PrivateFormat } from './format';
import { privateStyles } from './styles';

export class BrPrivateBadges extends LitElement {
  static override properties = { page: { attribute: false }, fmt: { attribute: false } };
  declare page: PrivateBundle;
  declare fmt: PrivateFormat;
  static override styles = privateStyles;

  override render() {
    const badges = this.page.badges;
    if (badges.length === 0) return nothing;
    return html`<section aria-labelledby="ob">
      <h2 id="ob">Badges to take with you</h2>
      <p class="muted">
        Open Badges 2.0: anyone can check them at their address, with no account.
      </p>
      <ul>
        ${badges.map(
          (b) => html`<li class="portable">
            ${b.name}, ${this.fmt.day(b.earnedOn)}:
            <a href=${b.linkedInUrl} target="_blank" rel="noopener noreferrer">Add to LinkedIn</a>
            · <a class="assertion" href=${b.assertionUrl} rel="noreferrer">${b.assertionUrl}</a>
          </li>`,
        )}
      </ul>
    </section>`;
  }
}

customElements.define('br-private-badges', BrPrivateBadges);
