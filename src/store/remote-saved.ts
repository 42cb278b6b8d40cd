/**
 * The visitor's saved activities when the activities come from a directory searched where it lives: the
 * pages in hand hold only the current search, so a saved activity that is not on them (saved during an
 * earlier search, or opened from a shared link on a fresh page) is read by its id from the directory's
 * `/services/{id}`, through the same adapter and validation. Each is read once a visit; one the directory
 * no longer lists (HTTP 404) is marked so; one whose reading failed is asked for again at the next search.
 */
import type { FeedError } from '../feed/errors.js';
import type { RemoteDirectory } from '../feed/remote/directory.js';
import type { Activity } from '../feed/schema.js';
import { reportRemoteProblems } from './remote-problems.js';

/** Saved ids read from the directory: the activity, or `null` when the directory no longer lists it. */
export type RemoteSaved = ReadonlyMap<string, Activity | null>;

/** Reads at most this many services at once: a list of 100 from a shared link does not flood the directory. */
const atOnce = 4;

export class SavedLookup {
  #saved = new Map<string, Activity | null>();
  readonly #queue: string[] = [];
  readonly #asking = new Set<string>();
  readonly #failed = new Set<string>();

  constructor(
    private readonly directory: RemoteDirectory,
    private readonly signal: AbortSignal,
    /** Told each time an activity is found (or found gone), with all found so far. */
    private readonly onFound: (saved: RemoteSaved) => void,
  ) {}

  get saved(): RemoteSaved {
    return this.#saved;
  }

  /** Keeps the saved activities the pages in hand show, and reads the others. */
  follow(saved: readonly string[], inHand: readonly Activity[]): void {
    if (!saved.length || this.signal.aborted) return;
    const unknown = saved.filter((id) => !this.#saved.has(id) && !this.#asking.has(id) && !this.#failed.has(id));
    if (!unknown.length) return;
    const shown = new Map(inHand.map((activity) => [activity.id, activity]));
    const seen = unknown.filter((id) => shown.has(id));
    if (seen.length) this.#found(seen.map((id) => [id, shown.get(id)!]));
    for (const id of unknown)
      if (!shown.has(id)) {
        this.#asking.add(id);
        this.#queue.push(id);
      }
    this.#next();
  }

  /** Asks again for the ids whose reading failed (at the next search, or "Try again"). */
  retry(): void {
    this.#failed.clear();
  }

  #found(entries: [string, Activity | null][]): void {
    this.#saved = new Map([...this.#saved, ...entries]);
    this.onFound(this.#saved);
  }

  #next(): void {
    while (this.#queue.length && this.#asking.size - this.#queue.length < atOnce) {
      const id = this.#queue.shift()!;
      void this.#read(id);
    }
  }

  async #read(id: string): Promise<void> {
    try {
      const { activity, problems, url } = await this.directory.service(id, this.signal);
      if (this.signal.aborted) return;
      reportRemoteProblems(problems, url);
      this.#asking.delete(id);
      this.#found([[id, activity]]);
    } catch (error) {
      if (this.signal.aborted) return;
      this.#asking.delete(id);
      this.#failed.add(id);
      const why = (error as FeedError).summary ?? String(error);
      console.warn(`Linkwork: the saved activity "${id}" could not be read from ${this.directory.url}: ${why}`);
    }
    this.#next();
  }
}
