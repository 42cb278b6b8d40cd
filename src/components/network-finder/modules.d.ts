// Modules the map imports that TypeScript cannot read by itself.

/** Leaflet's ES module build (the package's main file is UMD, with no named exports in a browser). */
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}

/** Leaflet's stylesheet as a string, made at build time by `leafletCss()` in rollup.config.mjs. */
declare module 'leaflet/dist/leaflet.css' {
  const css: string;
  export default css;
}

/**
 * The coastlines around the UK as rings of [lat, lng], made at build time from Natural Earth's
 * TopoJSON by `ukOutline()` in rollup.config.mjs.
 */
declare module 'world-atlas/countries-50m.json' {
  const rings: [number, number][][];
  export default rings;
}
