// Shared look for the add-on's sidebar and dialog, themable through --br-* custom properties.
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    font: 13px/1.4 var(--br-font, Arial, sans-serif);
    color: var(--br-text, #202124);
  }
  h2 {
    font-size: 13px;
    margin: 16px 0 6px;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--br-muted, #5f6368);
  }
  ol,
  ul {
    margin: 0;
    padding-left: 20px;
  }
  li {
    margin: 2px 0;
  }
  .muted {
    color: var(--br-muted, #5f6368);
  }
  .error {
    color: var(--br-danger, #b3261e);
  }
  button {
    font: inherit;
    padding: 4px 10px;
    cursor: pointer;
  }
  button.link {
    border: 0;
    background: none;
    padding: 0;
    color: var(--br-link, #1a73e8);
    text-decoration: underline;
  }
`;
