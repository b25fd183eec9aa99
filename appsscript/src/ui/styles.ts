// The add-on's look: the shared base styles (ui/) plus what a narrow Sheets sidebar or dialog needs; tokens only.
import { css } from 'lit';
import { baseStyles } from '../../../ui';

export const addonStyles = [
  baseStyles,
  css`
    :host {
      font-size: 13px;
      line-height: 1.4;
    }
    h2 {
      font-size: 13px;
      margin: 16px 0 6px;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--br-muted);
    }
    ol,
    ul {
      margin: 0;
      padding-left: 20px;
    }
    li {
      margin: 2px 0;
    }
    .error {
      color: var(--br-bad);
    }
    button {
      padding: 4px 10px;
    }
    button.link {
      border: 0;
      background: none;
      padding: 0;
      color: var(--br-accent);
      text-decoration: underline;
    }
  `,
];
