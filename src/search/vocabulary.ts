/**
 * The search's vocabulary: what people type ("choir", "lonely", "cadair olwyn") mapped to the words
 * and ids a feed uses (singing; befriending; step-free). Built from the everyday words (English and
 * Welsh), a feed's own `synonyms` and a page's, in layers that add to each other.
 */
import type { Synonyms } from '../feed/schema.js';
import { editDistance, typosAllowed } from './edit-distance.js';
import { everydayWords, type EverydayWords } from './everyday-words.js';
import { matchQuality } from './match.js';
import { documentTerms } from './normalise.js';
import { englishStem, type Stemmer } from './stem.js';
import { radicals } from './welsh.js';

/** One thing a typed word or phrase relates to. */
export interface Related {
  /** Its words, normalised; a document must have all of them ("tai chi"). */
  words: readonly string[];
  /** Their stems, in the vocabulary's stemmer. */
  stems: readonly string[];
  /** The value as a category or access-need id: lower case, as written ("nature-walks"). */
  id: string;
  /** How well its words match: a word of the same meaning, or one only related (see match.ts). */
  quality: number;
}

export interface VocabularyMatch {
  /** How many query words the matched key took ("tai chi" takes two). */
  length: number;
  related: readonly Related[];
  /** The key says who something is for ("older people"): it adds to a match but is not needed. */
  soft: boolean;
}

export interface VocabularyOptions {
  /** The stemmer of the index it is used with (default: English). */
  stem?: Stemmer;
  /** Include the built-in everyday words (default true). */
  everyday?: boolean;
}

/** Words of a key or value, as a map key: stems joined by spaces. */
const keyOf = (stems: readonly string[]) => stems.join(' ');
const list = (text = '') =>
  text
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
/** The longest key, in words. */
const longestKey = 3;

export class Vocabulary {
  readonly stem: Stemmer;
  /** Stemmed key → what it relates to (several lists when several entries share a key). */
  readonly #entries = new Map<string, Related[][]>();
  readonly #welsh = new Set<string>();
  readonly #soft = new Set<string>();
  /** One-word keys as written (normalised, not stemmed) → what they relate to: for typos. */
  readonly #words = new Map<string, Related[][]>();
  readonly #related = new Map<string, Related>();

  /** `layers`: synonyms to add to the everyday words, e.g. a feed's and then a page's. */
  constructor(layers: readonly (Synonyms | undefined)[] = [], options: VocabularyOptions = {}) {
    this.stem = options.stem ?? englishStem;
    if (options.everyday ?? true) for (const entry of everydayWords) this.#addEveryday(entry);
    for (const layer of layers)
      for (const [key, values] of Object.entries(layer ?? {}))
        this.#add(
          [key],
          values.map((value) => this.#value(value)),
        );
  }

  /** The longest key starting at `queryWords[at]` (the first word in any Welsh mutation), and what it relates to. */
  match(queryWords: readonly string[], at: number): VocabularyMatch | undefined {
    for (let length = Math.min(longestKey, queryWords.length - at); length >= 1; length--) {
      const [first, ...rest] = queryWords.slice(at, at + length);
      const restKey = rest.map(this.stem);
      for (const form of radicals(first)) {
        const key = keyOf([this.stem(form), ...restKey]);
        const lists = this.#entries.get(key);
        if (!lists) continue;
        const related = new Set(lists.flat().filter((entry) => keyOf(entry.stems) !== key));
        return { length, related: [...related], soft: this.#soft.has(key) };
      }
    }
    return undefined;
  }

  /** Whether a single word is a key. */
  knows(word: string): boolean {
    return this.match([word], 0) !== undefined;
  }

  /**
   * The keys of one word nearest `word` by spelling, within its allowed typos ("meditaton" →
   * meditation), and what they relate to; `undefined` when none is close.
   */
  matchTypo(word: string): VocabularyMatch | undefined {
    const allowed = typosAllowed(word);
    if (allowed === 0) return undefined;
    let nearest = allowed + 1;
    let lists: Related[][] = [];
    for (const [key, entries] of this.#words) {
      const typos = editDistance(word, key, allowed);
      if (typos < nearest) [nearest, lists] = [typos, [...entries]];
      else if (typos === nearest && typos <= allowed) lists.push(...entries);
    }
    if (nearest > allowed) return undefined;
    return { length: 1, related: [...new Set(lists.flat())], soft: false };
  }

  /** Whether a word is, in any mutation, one of the vocabulary's Welsh words. */
  isWelsh(word: string): boolean {
    return radicals(word).some((form) => this.#welsh.has(form));
  }

  #addEveryday({ en, cy, typedEn, typedCy, related, ids, soft }: EverydayWords): void {
    const same = [...list(en), ...list(cy)];
    for (const welsh of [...list(cy), ...list(typedCy)]) for (const word of documentTerms(welsh)) this.#welsh.add(word);
    const found = [
      ...same.map((value) => this.#value(value)),
      ...list(ids).map((value) => this.#value(value, matchQuality.related, false)),
      ...list(related).map((value) => this.#value(value, matchQuality.loosely)),
    ];
    this.#add([...same, ...list(typedEn), ...list(typedCy)], found, soft);
  }

  #add(keys: readonly string[], found: Related[], soft = false): void {
    for (const key of keys) {
      const stems = documentTerms(key).map(this.stem);
      if (stems.length === 0 || stems.length > longestKey) continue;
      if (soft) this.#soft.add(keyOf(stems));
      const written = documentTerms(key);
      if (written.length === 1) this.#words.set(written[0], [...(this.#words.get(written[0]) ?? []), found]);
      const lists = this.#entries.get(keyOf(stems));
      if (lists) lists.push(found);
      else this.#entries.set(keyOf(stems), [found]);
    }
  }

  /**
   * One value, made once however many keys share it (at each quality). An id of the everyday words
   * (`asWords` false) is matched as an id only: "music" the category, not every mention of music.
   */
  #value(value: string, quality = matchQuality.related, asWords = true): Related {
    const id = value.trim().toLowerCase();
    const key = `${quality} ${asWords} ${id}`;
    let related = this.#related.get(key);
    if (!related) {
      const valueWords = asWords ? documentTerms(value) : [];
      related = { words: valueWords, stems: valueWords.map(this.stem), id, quality };
      this.#related.set(key, related);
    }
    return related;
  }
}
