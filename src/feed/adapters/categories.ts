/**
 * Foreign taxonomy labels ("Arts / Crafts", "Walking Football", "Swimming") become Linkwork categories:
 * first through the publisher's own mapping, then the feed's own categories, then a built-in vocabulary
 * of common activity words. A label nothing matches is kept as a category of its own, never dropped.
 */
import type { Category } from '../schema.js';

/** The built-in categories and the words that place a label in each. Labels come from the catalogue. */
export const builtInWords = {
  arts: [
    'art',
    'arts',
    'craft',
    'crafts',
    'crafting',
    'painting',
    'drawing',
    'pottery',
    'sewing',
    'knitting',
    'creative',
  ],
  music: ['music', 'singing', 'choir', 'choirs', 'song', 'songs', 'ukulele'],
  dance: ['dance', 'dancing', 'ballet', 'zumba'],
  walking: ['walking', 'walk', 'walks', 'rambling', 'hiking'],
  gardening: ['gardening', 'garden', 'gardens', 'allotment', 'allotments', 'horticulture'],
  swimming: ['swimming', 'swim', 'aqua', 'aquafit'],
  football: ['football', 'soccer'],
  cooking: ['cooking', 'cookery', 'cook', 'baking', 'healthy eating', 'nutrition'],
  volunteering: ['volunteering', 'volunteer', 'volunteers'],
  befriending: ['befriending', 'befriender', 'friendship', 'companionship', 'social group'],
  reading: ['reading', 'book', 'books', 'book club', 'library', 'libraries', 'storytelling'],
  fitness: ['fitness', 'exercise', 'gym', 'yoga', 'pilates', 'tai chi', 'keep fit', 'strength'],
  sport: ['sport', 'sports', 'badminton', 'tennis', 'netball', 'cricket', 'bowls', 'basketball'],
  nature: ['nature', 'wildlife', 'outdoors', 'conservation', 'green'],
  heritage: ['museum', 'museums', 'heritage', 'gallery', 'galleries', 'history'],
} as const satisfies Record<string, readonly string[]>;

export type BuiltInCategory = keyof typeof builtInWords;
export type BuiltInLabels = Readonly<Record<BuiltInCategory, string>>;

/** The catalogue keys that name the built-in categories: `categoryArts`, `categoryMusic`, … */
export type CategoryNames = Readonly<Record<`category${Capitalize<BuiltInCategory>}`, string>>;

/** The built-in category names from a catalogue (English, Welsh…). */
export function builtInLabels(catalogue: CategoryNames): BuiltInLabels {
  const ids = Object.keys(builtInWords) as BuiltInCategory[];
  return Object.fromEntries(
    ids.map((id) => [id, catalogue[`category${id[0]!.toUpperCase()}${id.slice(1)}` as keyof CategoryNames]]),
  ) as BuiltInLabels;
}

/** A publisher's mapping: a foreign label (any case) → a Linkwork category id. */
export type CategoryMap = Readonly<Record<string, string>>;

export interface CategoryOptions {
  /** The publisher's mapping; wins over everything else. */
  map?: CategoryMap;
  /** Categories the page already has (e.g. from a Linkwork feed on the same `<lw-feed>`). */
  known?: readonly Category[];
  /** Names of the built-in categories, in the visitor's language. */
  labels: BuiltInLabels;
}

const normalise = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function slug(label: string): string {
  return normalise(label).replace(/ /g, '-') || 'other';
}

/** Collects the categories the converted activities use, so the feed lists exactly those. */
export class CategoryMapper {
  readonly #map: Map<string, string>;
  readonly #known: Map<string, Category>;
  readonly #labels: BuiltInLabels;
  readonly #used = new Map<string, Category>();

  constructor({ map = {}, known = [], labels }: CategoryOptions) {
    this.#map = new Map(Object.entries(map).map(([label, id]) => [normalise(label), id.trim()]));
    this.#known = new Map(
      known.flatMap((category) => [
        [normalise(category.id), category],
        [normalise(category.label), category],
      ]),
    );
    this.#labels = labels;
  }

  /** The category ids for one record's foreign labels, without repeats. */
  idsFor(labels: readonly (string | undefined)[]): string[] {
    const ids = labels.flatMap((label) => (label ? this.#idsForLabel(label) : []));
    return [...new Set(ids)];
  }

  /** Every category used so far, in the order first met. */
  get categories(): Category[] {
    return [...this.#used.values()];
  }

  #idsForLabel(label: string): string[] {
    const key = normalise(label);
    if (!key) return [];
    const mapped = this.#map.get(key);
    if (mapped)
      return [this.#use(mapped, this.#known.get(normalise(mapped))?.label ?? this.#builtInLabel(mapped) ?? label)];
    const known = this.#known.get(key);
    if (known) return [this.#use(known.id, known.label)];
    const padded = ` ${key} `;
    const builtIn = (Object.keys(builtInWords) as BuiltInCategory[]).filter((id) =>
      builtInWords[id].some((word) => padded.includes(` ${word} `)),
    );
    if (builtIn.length) return builtIn.map((id) => this.#use(id, this.#known.get(id)?.label ?? this.#labels[id]));
    return [this.#use(slug(label), label)];
  }

  #builtInLabel(id: string): string | undefined {
    return id in this.#labels ? this.#labels[id as BuiltInCategory] : undefined;
  }

  #use(id: string, label: string): string {
    if (!this.#used.has(id)) this.#used.set(id, { id, label });
    return id;
  }
}
