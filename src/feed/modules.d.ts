// Modules the feed entry imports that TypeScript cannot read by itself.

/** The feed's JSON Schema, made at build time by `feedJsonSchema()` in rollup.config.mjs. */
declare module 'linkwork:feed-json-schema' {
  const schema: Readonly<Record<string, unknown>>;
  export default schema;
}
