/**
 * The activities a visitor saved, as ids checked like the feed's own (trimmed text, never empty), whatever
 * they came from: a click, the browser's storage or a shared link someone may have tampered with.
 */

/** The most activities a list holds. */
export const maxSaved = 100;
/** The longest note kept, in characters. */
export const maxNoteLength = 2000;

const maxIdLength = 200;
const controlCharacters = /[\u0000-\u001f\u007f]/;

/** An id as the feed's schema would read it, or undefined when it could not be a feed id. */
export function savedId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const id = value.trim();
  return id && id.length <= maxIdLength && !controlCharacters.test(id) ? id : undefined;
}

/**
 * The readable ids among `values`, each once, in order, at most {@link maxSaved}; how many could not be read,
 * and how many more there were than a list holds.
 */
export function savedIds(values: readonly unknown[]): { ids: string[]; unreadable: number; overflow: number } {
  const ids = new Set<string>();
  let unreadable = 0;
  let overflow = 0;
  for (const value of values) {
    const id = savedId(value);
    if (id === undefined) unreadable++;
    else if (ids.has(id)) continue;
    else if (ids.size < maxSaved) ids.add(id);
    else overflow++;
  }
  return { ids: [...ids], unreadable, overflow };
}
