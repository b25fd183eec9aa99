// Shared look of the private page's parts: cards, tables and small labels, from the --br-* tokens.
import { css } from 'lit';

export const privateStyles = css`
  :host {
    display: block;
  }
  section {
    background: var(--br-surface);
    border: 1px solid var(--br-border);
    border-radius: var(--br-radius);
    padding: 1rem;
    margin-block: 1rem;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.2em;
  }
  h3 {
    margin: 1rem 0 0.25rem;
    font-size: 1em;
  }
  /* Tables scroll sideways on a phone instead of spilling out of their card. */
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9em;
  }
  th,
  td {
    text-align: left;
    padding: 0.25rem 0.5rem 0.25rem 0;
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* Headings wrap ("% of / target") so five columns fit a 360 px phone; the figures never do. */
  th.num {
    white-space: normal;
  }
  td.num + td.num,
  th.num + th.num {
    padding-inline-start: 0.35rem;
  }
  th,
  td {
    padding-inline-end: 0.35rem;
  }
  @media (max-width: 420px) {
    section {
      padding: 0.75rem;
    }
    table {
      font-size: 0.8em;
    }
  }
  .muted {
    color: var(--br-muted);
  }
  ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }
`;
