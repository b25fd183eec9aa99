// The rep's private page: opens the file named in the link with the key in the link, then shows it.
import { LitElement, css, html } from 'lit';
import type { PrivateBundle } from '../../../shared/private';
import { readAllowedSources } from '../data/source';
import { privateFormat } from './format';
import { openPage, type PageState } from './load';
import { messageOf } from './messages';
import { privateStyles } from './styles';
import './br-private-badges';
import './br-private-figures';
import './br-private-growth';
import './br-private-statement';

export class BrPrivatePage extends LitElement {
  static override properties = { state: { attribute: false } };
  declare state: PageState;

  static override styles = [
    privateStyles,
    css`
      :host {
        max-width: 60rem;
        margin: 0 auto;
        padding: 1rem;
      }
      .problem {
        border-color: var(--br-bad);
      }
    `,
  ];

  constructor() {
    super();
    this.state = { kind: 'loading' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    // A new link pasted into this tab changes only the fragment: open that page instead.
    window.addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHash);
    super.disconnectedCallback();
  }

  private onHash = () => {
    this.state = { kind: 'loading' };
    void this.load();
  };

  private async load(): Promise<void> {
    this.state = await openPage(
      window.location.hash,
      window.location.href,
      undefined,
      undefined,
      readAllowedSources(document),
    );
  }

  override render() {
    const s = this.state;
    // One main landmark whatever the state, so a screen reader lands on the message or the page.
    if (s.kind === 'loading') return html`<main><p role="status">Opening your page…</p></main>`;
    if (s.kind === 'ok') return html`<main>${this.page(s.page)}</main>`;
    const m = messageOf(s);
    return html`<main>
      <section class="problem" role="alert" data-problem=${s.kind}>
        <h1>${m.heading}</h1>
        <p>${m.text}</p>
      </section>
    </main>`;
  }

  private page(page: PrivateBundle) {
    const fmt = privateFormat(page.currency);
    return html`<header>
        <h1>${page.name}</h1>
        <p class="muted">
          ${page.teamName}: your own figures as of ${fmt.day(page.asOf)}. Only your link opens
          this page; keep it to yourself.
        </p>
      </header>
      <br-private-figures .page=${page} .fmt=${fmt}></br-private-figures>
      <br-private-statement .page=${page} .fmt=${fmt}></br-private-statement>
      <br-private-growth .page=${page} .fmt=${fmt}></br-private-growth>
      <br-private-badges .page=${page} .fmt=${fmt}></br-private-badges>`;
  }
}

customElements.define('br-private-page', BrPrivatePage);
