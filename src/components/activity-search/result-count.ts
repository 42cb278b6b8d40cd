/**
 * The result count `<lw-activity-search>` shows (and the announcer reads out): "Searching…" while the
 * feed loads, "Getting ready…" while its index is built, "12 activities, showing 10" while only a page
 * is shown. A directory searched where it lives says how many it holds, though only a page is in hand.
 */
import type { Catalogue } from '../../i18n/en.js';
import { formatNumber } from '../../i18n/format.js';
import type { ActivityResults } from '../../search/activities.js';
import type { FeedStatus } from '../../store/state.js';

export interface ResultCount {
  /** The count in words; empty when there is nothing to count. */
  words: string;
  /** How many match: in the directory, or in hand. */
  total: number;
  /** How many results are in hand. */
  inHand: number;
  /** How many of them are shown. */
  shown: number;
}

export function resultCount(
  msg: Catalogue,
  tag: string,
  status: FeedStatus,
  found: ActivityResults | undefined,
  pageShown: number,
): ResultCount {
  const remote = found?.remote;
  const inHand = found?.results.length ?? 0;
  const total = remote?.total ?? inHand;
  const shown = Math.min(inHand, pageShown);
  const matching = msg.resultCount(total);
  const words =
    status === 'loading'
      ? msg.searching
      : !found
        ? ''
        : remote?.status === 'searching'
          ? msg.remoteSearching
          : found.pending
            ? msg.gettingReady
            : total > shown
              ? msg.countShowing(matching, formatNumber(tag, shown))
              : matching;
  return { words, total, inHand, shown };
}
