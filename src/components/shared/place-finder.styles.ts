import { css } from 'lit';

/** The look of the place finder; each widget that uses it adds these to its styles. */
export const placeFinderStyles = css`
  .place-finder {
    display: grid;
    gap: var(--lw-space-s, 0.5rem);
  }
  .place-finder label {
    font-weight: 600;
  }
  .place-finder .hint {
    color: var(--lw-color-text-muted, var(--_lw-color-text-muted));
    font-size: 0.9em;
  }
  .place-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lw-space-s, 0.5rem);
  }
  .place-message,
  .place-current {
    margin: 0;
  }
  .place-message.error {
    color: var(--lw-color-error, var(--_lw-color-error));
    font-weight: 600;
  }
  .place-current {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--lw-space-s, 0.5rem);
  }

  @media (forced-colors: active) {
    .place-finder .hint,
    .place-message.error {
      color: CanvasText;
    }
  }
`;
