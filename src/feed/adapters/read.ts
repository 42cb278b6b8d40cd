/**
 * Tolerant readers for foreign JSON: each returns a value of the wanted type or `undefined`, never
 * throws, so one odd field in a council's API costs that field, not the record.
 */
export type Json = Record<string, unknown>;

export function record(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

/** A list, with a lone value treated as a list of one (real feeds mix both). */
export function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

export function records(value: unknown): Json[] {
  return list(value)
    .map(record)
    .filter((item): item is Json => item !== undefined);
}

export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** A number, also when written as a string ("3.50"); `undefined` for anything else. */
export function number(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() && !Number.isNaN(Number(value))) return Number(value);
  return undefined;
}

/** The first of several spellings that holds something, e.g. `@id` and `id`. */
export function either(object: Json, ...keys: string[]): unknown {
  for (const key of keys) if (object[key] !== undefined && object[key] !== null) return object[key];
  return undefined;
}

export const idOf = (object: Json) => text(either(object, '@id', 'id', 'identifier'));
export const typeOf = (object: Json) => text(either(object, '@type', 'type'));

/** Only keys with a value: keeps converted records free of `undefined` noise. */
export function compact<T extends Json>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/** "10:00", "10:00:00", "10:00Z", "9:30+01:00" → "10:00" / "09:30"; anything else → undefined. */
export function clock(value: unknown): string | undefined {
  const match = /^(\d{1,2}):(\d{2})/.exec(text(value) ?? '');
  if (!match) return undefined;
  const hours = Number(match[1]);
  return hours < 24 && Number(match[2]) < 60 ? `${String(hours).padStart(2, '0')}:${match[2]}` : undefined;
}
