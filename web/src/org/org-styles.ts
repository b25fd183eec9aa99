// The org tables on a phone: rank, team and the ranking figure on one line, the rest labelled below (the header stays for screen readers).
import { css } from 'lit';

export const orgTableStyles = css`
  /* "Team 25" on one line beside its rank; a long name still wraps past this. */
  .who {
    min-width: 8em;
  }
  @media (max-width: 40rem) {
    table,
    tbody {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    tr {
      display: grid;
      grid-template-columns: 2.5em minmax(0, 1fr) auto;
      gap: 0.1rem 0.5rem;
      padding: 0.4rem 0.25rem;
      border-bottom: 1px solid var(--br-border);
    }
    td,
    th {
      padding: 0;
      border: 0;
    }
    .rank {
      grid-area: 1 / 1;
    }
    .who {
      grid-area: 1 / 2;
    }
    .figure {
      grid-area: 1 / 3;
      font-weight: 700;
    }
    td[data-label] {
      grid-column: 2 / -1;
      text-align: left;
    }
    [data-label]:not(:empty)::before {
      content: attr(data-label) ': ';
      color: var(--br-muted);
    }
  }
`;
