/**
 * Keeps `<lw-activity-search>` answering while its feed's search index is built: the building starts
 * as soon as the feed is here (so the first query rarely waits), and a query asked meanwhile is
 * answered, with a new render, once the index is ready.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed, Synonyms } from '../../feed/schema.js';
import { activityIndex, activityResults, type ActivityResults, type ActivitySort } from '../../search/activities.js';
import type { State } from '../../store/state.js';

export class SearchReady implements ReactiveController {
  /** The feed whose index is being built or was built. */
  #indexed?: Feed;
  /** The pending answers already waited for. */
  readonly #waited = new WeakSet<Promise<void>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly state: () => State,
  ) {
    host.addController(this);
  }

  /** The results for the state as it is, in `sort` order; pending (and awaited) while the index builds. */
  results(sort: ActivitySort, synonyms?: Synonyms): ActivityResults {
    const results = activityResults(this.state(), sort, synonyms);
    if (results.pending && !this.#waited.has(results.ready)) {
      this.#waited.add(results.ready);
      void results.ready.then(() => this.host.requestUpdate());
    }
    return results;
  }

  hostUpdated(): void {
    const state = this.state();
    if (state.status === 'ready' && state.feed !== this.#indexed) {
      this.#indexed = state.feed;
      const index = activityIndex(state.feed);
      if (!index.isBuilt) void index.ready.then(() => this.host.requestUpdate());
    }
  }
}
