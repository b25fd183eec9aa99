// Styles shared by the site's elements: cards, tables, focus rings, visually-hidden text; all via --br-* tokens.
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    color: var(--br-text);
    font-family: var(--br-font);
    overflow-wrap: anywhere;
    min-width: 0;
  }
  * {
    box-sizing: border-box;
  }
  a {
    color: var(--br-accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--br-focus);
    outline-offset: 2px;
    border-radius: 4px;
  }
  h2,
  h3 {
    margin: 0 0 0.5em;
    line-height: 1.2;
  }
  .muted {
    color: var(--br-muted);
  }
  .card {
    background: var(--br-surface);
    border: 1px solid var(--br-border);
    border-radius: var(--br-radius);
    padding: 1rem;
    min-width: 0;
  }
  .grid {
    display: grid;
    gap: var(--br-gap);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    padding: 0.4em 0.5em;
    border-bottom: 1px solid var(--br-border);
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
    /* Keeps absolutely positioned screen-reader text inside the scroller. */
    position: relative;
  }
  td,
  th {
    overflow-wrap: normal;
  }
  .up {
    color: var(--br-good);
  }
  .down {
    color: var(--br-bad);
  }
  .pill {
    display: inline-block;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    border: 1px solid var(--br-border);
    font-size: 0.85em;
  }
  .pill.live {
    background: var(--br-good);
    color: var(--br-bg);
    border-color: transparent;
  }
  .segmented {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0 0 0.75rem;
    padding: 0;
    list-style: none;
  }
  .segmented a {
    display: inline-block;
    padding: 0.35em 0.8em;
    border: 1px solid var(--br-border);
    border-radius: 999px;
    text-decoration: none;
    color: var(--br-text);
  }
  .segmented a[aria-current='true'] {
    background: var(--br-accent);
    color: var(--br-accent-text);
    border-color: var(--br-accent);
  }
  button {
    font: inherit;
    color: var(--br-text);
    background: var(--br-surface);
    border: 1px solid var(--br-border);
    border-radius: var(--br-radius);
    padding: 0.35em 0.8em;
    cursor: pointer;
  }
  .meter {
    height: 0.6rem;
    background: var(--br-bg);
    border: 1px solid var(--br-border);
    border-radius: 999px;
    overflow: hidden;
  }
  .meter > span {
    display: block;
    height: 100%;
    background: var(--br-bar);
  }
  /* Phone: every control is a 44 px touch target (WCAG 2.5.5). */
  @media (max-width: 40rem) {
    button,
    .segmented a,
    summary {
      min-height: 44px;
    }
    summary {
      padding: 0.6em 0;
    }
    .segmented a {
      display: inline-flex;
      align-items: center;
    }
  }
`;
