import { css } from 'lit';

/**
 * What every widget looks like on paper: the map, its controls, the search form, the filters and every
 * button that only works on screen are left out; results are a compact list, each kept whole on a page;
 * a web link prints its address after its words. Each widget adds this to its `static styles`.
 */
export const printStyles = css`
  @media print {
    :host {
      color: #000;
    }
    /* Where focus happened to be is no part of the page. */
    :focus-visible {
      outline: none;
    }
    .map-column,
    [part~='map'],
    [part~='controls'],
    [part~='legend'],
    [part~='search'],
    [part~='place-finder'],
    .where,
    [part~='filters'],
    [part~='filters-toggle'],
    .filters-done,
    .chips,
    [part~='more'],
    [part~='save'],
    [part~='button'],
    .skeleton {
      display: none !important;
    }
    .layout {
      display: block;
    }
    .results {
      display: block;
    }
    .card,
    [part~='item'] {
      break-inside: avoid;
      box-shadow: none;
      background: none;
    }
    .card {
      padding: 2mm 0;
      border: 0;
      border-bottom: 0.75pt solid #555;
      border-radius: 0;
    }
    .title-button,
    .network-button {
      color: #000;
      text-decoration: none;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    /* The printed plan writes its addresses out already. */
    .plan a[href]::after {
      content: none;
    }
  }
`;
