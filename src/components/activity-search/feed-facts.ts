/** What the search needs to know about a whole feed, worked out once per feed (feeds are never changed, only replaced). */
import type { Feed } from '../../feed/schema.js';
import { categoryLabels } from '../../store/selectors.js';

export interface FeedFacts {
  /** The words for each category id. */
  categoryLabel: (id: string) => string;
  /** Every access need some activity meets, in alphabetical order of its id. */
  accessNeeds: readonly string[];
  /** The currency of the feed's prices: the cost filter's amounts are in it. */
  currency: string;
}

const known = new WeakMap<Feed, FeedFacts>();

export function feedFacts(feed: Feed): FeedFacts {
  let facts = known.get(feed);
  if (!facts) {
    const labels = categoryLabels(feed);
    let currency = 'GBP';
    for (const { cost } of feed.activities) {
      if (cost && 'amount' in cost) {
        currency = cost.currency;
        break;
      }
    }
    facts = {
      categoryLabel: (id) => labels.get(id) ?? id,
      accessNeeds: [...new Set(feed.activities.flatMap((activity) => activity.accessibility))].sort(),
      currency,
    };
    known.set(feed, facts);
  }
  return facts;
}
