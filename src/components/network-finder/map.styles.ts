import { css } from 'lit';

/**
 * The map's own drawing: the outline basemap, coverage areas and markers in their scope's colour, and
 * how they look with reduced motion and in forced colours (after the finder's styles, so these win there).
 */
export const mapStyles = css`
  /* The outline basemap, under the tiles. */
  .leaflet-lw-outline-pane {
    z-index: 150;
  }
  .outline {
    fill: var(--lw-network-finder-land-color, #f7f4ec);
    fill-opacity: 1;
    stroke: var(--lw-color-border, var(--_lw-color-border));
    stroke-width: 1;
  }

  /* Coverage areas and markers, in the colour of their scope. */
  .scope-local {
    --scope-color: var(--lw-network-finder-local-color, #7a2e8e);
  }
  .scope-regional {
    --scope-color: var(--lw-network-finder-regional-color, #0b6b5a);
  }
  .coverage {
    stroke: var(--scope-color);
    stroke-width: 2;
    fill: var(--scope-color);
    fill-opacity: 0.1;
  }
  /* Regional areas are dashed, so that scope is not told by colour alone. */
  .coverage.scope-regional {
    stroke-dasharray: 8 5;
  }
  .coverage.selected {
    stroke-width: 4;
    fill-opacity: 0.22;
  }
  .lw-marker {
    background: none;
    border: 0;
  }
  .lw-marker:focus-visible {
    outline: var(--lw-focus-ring, var(--_lw-focus-ring));
    outline-offset: 2px;
    border-radius: 50%;
  }
  .marker-body,
  .marker-body svg {
    display: block;
  }
  .network-marker .pin {
    fill: var(--scope-color);
    stroke: #ffffff;
    stroke-width: 2;
  }
  .network-marker .pin-dot {
    fill: #ffffff;
  }
  /* The map stays light whatever the page's theme (tiles are light), so its ink is fixed too. */
  .network-marker.selected .pin {
    stroke: #1f2328;
    stroke-width: 3;
  }
  .activity-marker .activity-dot {
    fill: var(--lw-network-finder-activity-color, #a64b00);
    stroke: #ffffff;
    stroke-width: 2;
  }
  .cluster-marker .marker-body {
    display: grid;
    place-items: center;
    width: 100%;
    height: 100%;
    border: 2px solid #ffffff;
    border-radius: 50%;
    background: var(--lw-network-finder-activity-color, #a64b00);
    color: #ffffff;
    font-weight: 700;
    font-size: var(--lw-font-size-s, 0.875rem);
    box-sizing: border-box;
  }
  .place-marker .place-ring {
    fill: #ffffff;
    stroke: #1f2328;
    stroke-width: 3;
  }
  .place-marker .place-dot {
    fill: #1f2328;
  }

  @media (prefers-reduced-motion: reduce) {
    .leaflet-container * {
      transition: none !important;
    }
  }

  @media (forced-colors: active) {
    .coverage {
      stroke: CanvasText;
      fill: Highlight;
    }
    .outline {
      fill: Canvas;
      stroke: CanvasText;
    }
    .map.leaflet-container {
      background: Canvas;
    }
    .network-marker .pin,
    .activity-marker .activity-dot,
    .place-marker .place-ring {
      fill: ButtonText;
      stroke: Canvas;
    }
    .network-marker.selected .pin {
      fill: Highlight;
    }
    .network-marker .pin-dot,
    .place-marker .place-dot {
      fill: Canvas;
    }
    .cluster-marker .marker-body {
      background: ButtonText;
      color: Canvas;
      forced-color-adjust: none;
    }
    .swatch,
    .key-swatch {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .key-area,
    .key-national,
    .key-place {
      background: Canvas;
      border-color: CanvasText;
    }
  }
`;
