/**
 * A record that fails its schema loses the fields that stay broken, not the whole record: each failing
 * field is mended when its meaning is clear (see repair.ts), otherwise removed, and the record is checked
 * again. Only a record without its essential fields (an id and a name, and for networks and resources what
 * they cannot be shown without) is dropped. Runs only for records that fail, so valid feeds pay nothing.
 */
import type * as z from 'zod/mini';
import { menders, type MendKind } from './repair.js';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

export interface FieldChange {
  /** Where, as a dotted path: `contact.email`, `schedule.0.start`. */
  field: string;
  reason: string;
}

export type Salvaged =
  | { kept: true; data: unknown; changes: FieldChange[] }
  | { kept: false; issues: readonly Issue[]; record: unknown; changes: FieldChange[] };

/** The fields whose failure drops the record, per collection. */
export type Essentials = readonly string[];

/** Which mender fits a field, told from its name. */
function mendKind(path: Path): MendKind | undefined {
  const key = path.at(-1);
  if (key === 'url') return 'link';
  if (key === 'email') return 'email';
  if (key === 'phone') return 'phone';
  return undefined;
}

const dotted = (path: Path) => path.map(String).join('.');

function at(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], value);
}

function set(root: unknown, path: Path, value: unknown): void {
  const parent = at(root, path.slice(0, -1)) as Record<PropertyKey, unknown>;
  parent[path.at(-1)!] = value;
}

/** Removes the value at `path`; a list item is taken out of its list. */
function remove(root: unknown, path: Path): void {
  const parent = at(root, path.slice(0, -1));
  const key = path.at(-1)!;
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else delete (parent as Record<PropertyKey, unknown>)[key];
}

/** A value as the report quotes it; characters that cannot be seen are written as `\u200b`. */
const shown = (value: unknown) => {
  const json = JSON.stringify(value)?.replace(
    /[\u200b-\u200d\u2060\ufeff\u00ad]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return json === undefined ? String(value) : json.length > 60 ? `${json.slice(0, 57)}…` : json;
};

/**
 * Tries again, field by field, to keep `record`; `explain` words an issue as the reports do. A place's
 * `lat`/`lng` go together: a bad one removes both, keeping the address.
 */
export function salvage(
  schema: z.ZodMiniType<unknown>,
  record: unknown,
  issues: readonly Issue[],
  essentials: Essentials,
  explain: (issue: Issue, record: unknown) => string,
): Salvaged {
  const changes: FieldChange[] = [];
  const copy: unknown = structuredClone(record);
  const mended = new Set<string>();
  // Each round removes or mends at least one field, so a record of n values needs at most n rounds.
  for (let round = 0; round < 50; round++) {
    for (const issue of issues) {
      const path = fieldPath(copy, issue.path);
      if (!path.length || essentials.includes(String(path[0]))) return { kept: false, issues, record, changes };
      const value = at(copy, path);
      const kind = mendKind(path);
      const key = dotted(path);
      const mend = kind && typeof value === 'string' && !mended.has(key) ? menders[kind](value) : undefined;
      mended.add(key);
      if (mend) {
        set(copy, path, mend.value);
        changes.push({
          field: key,
          reason: `${key} ${shown(value)} was mended to ${shown(mend.value)} (${mend.changes.join(', ')}).`,
        });
        continue;
      }
      const pair = coordinatePair(path);
      if (pair) {
        const place = at(copy, path.slice(0, -1)) as Record<string, unknown>;
        changes.push({
          field: dotted(path.slice(0, -1)),
          reason: `${key} ${explain(issue, copy)}; the coordinates were removed and the rest of the place kept.`,
        });
        delete place.lat;
        delete place.lng;
        continue;
      }
      const said = dotted(issue.path);
      const removed = said === key ? 'the field was removed' : `${key} was removed`;
      changes.push({ field: key, reason: `${said} ${explain(issue, copy)}; ${removed}.` });
      remove(copy, path);
      // A list item taken out moves the ones after it: check again before the next issue.
      if (typeof path.at(-1) === 'number') break;
    }
    const result = schema.safeParse(copy);
    if (result.success) return { kept: true, data: result.data, changes };
    issues = result.error.issues;
  }
  return { kept: false, issues, record, changes };
}

/**
 * The field to mend or remove for an issue: the value the issue is about, or, when that value is missing
 * (a required field inside an optional object), the object that holds it.
 */
function fieldPath(record: unknown, path: Path): Path {
  let end = path.length;
  while (end > 0 && at(record, path.slice(0, end)) === undefined) end--;
  return path.slice(0, Math.max(end, 1));
}

function coordinatePair(path: Path): boolean {
  const key = path.at(-1);
  return (key === 'lat' || key === 'lng') && path.at(-2) === 'location';
}
