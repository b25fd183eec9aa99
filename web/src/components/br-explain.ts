// "How is this computed?": a native disclosure holding the engine's explanation, as text.
import { LitElement, css, html } from 'lit';

export class BrExplain extends LitElement {
  static override properties = { text: {}, label: {} };
  declare text: string;
  declare label: string;

  static override styles = css`
    :host {
      display: block;
      font-size: 0.85em;
    }
    summary {
      cursor: pointer;
      color: var(--br-accent);
      width: fit-content;
    }
    /* Phone: a 44 px touch target. */
    @media (max-width: 40rem) {
      summary {
        min-height: 44px;
        display: flex;
        align-items: center;
        gap: 0.4em;
      }
      summary::before {
        content: '▸';
      }
      details[open] > summary::before {
        content: '▾';
      }
    }
    summary:focus-visible {
      outline: 3px solid var(--br-focus);
      outline-offset: 2px;
    }
    p {
      margin: 0.3em 0 0;
      color: var(--br-text);
      white-space: pre-line;
    }
  `;

  constructor() {
    super();
    this.text = '';
    this.label = 'How is this computed?';
  }

  override render() {
    return html`<details><summary>${this.label}</summary><p>${this.text}</p></details>`;
  }
}

if (!customElements.get('br-explain')) customElements.define('br-explain', BrExplain);
