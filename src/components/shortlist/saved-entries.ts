/**
 * What each saved id in `<lw-shortlist>` stands for now: the activity while the feed lists it, with its
 * facts (next date, cost, whether it is out of date) and its calendar file, else the title kept from
 * when it was saved (with a directory searched where it lives, the activity read from it by id). Facts are worked out again every five minutes, or when the words change.
 */
import type { Activity } from '../../feed/schema.js';
import type { State } from '../../store/state.js';
import { activityFacts, type ActivityFacts, type FactsContext } from './activity-facts.js';
import { calendarText } from './calendar-file.js';
import type { SavedEntry } from './saved-item.js';

/** How long worked-out facts are kept. */
const factsKeptMs = 300_000;

export class SavedEntries {
  readonly #facts = new WeakMap<Activity, { key: string; facts: ActivityFacts; calendar?: string }>();

  /** The saved list of `state`; `titleOf` gives the title kept for an id the feed no longer lists. */
  entries(state: State, context: FactsContext, titleOf: (id: string) => string | undefined): SavedEntry[] {
    const key = [
      Math.floor(context.now.getTime() / factsKeptMs),
      context.tag,
      context.nation,
      context.feedRule,
      context.staleAfterMonths,
    ].join('|');
    const byId = new Map(state.feed.activities.map((activity) => [activity.id, activity]));
    // A directory searched where it lives holds more than the pages in hand: it is asked for the rest by id.
    const remote = state.remote?.saved;
    return state.saved.map((id) => {
      const activity = state.status === 'ready' ? (byId.get(id) ?? remote?.get(id) ?? undefined) : undefined;
      if (!activity) return { id, title: titleOf(id), ...(remote && remote.get(id) !== null ? { unknown: true } : {}) };
      let memo = this.#facts.get(activity);
      if (memo?.key !== key) {
        const facts = activityFacts(activity, context);
        memo = { key, facts, calendar: calendarText(activity, { ...context, cost: facts.cost }) };
        this.#facts.set(activity, memo);
      }
      return { id, activity, title: activity.title, facts: memo.facts, calendar: memo.calendar };
    });
  }
}
