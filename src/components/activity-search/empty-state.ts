/**
 * What the visitor sees when nothing matches: what they searched for, and concrete ways out, never a
 * bare "No results": "Did you mean …" from the feed's own words, the categories nearest the query, each
 * filter with the count its removal would give ("Remove Tuesday: 6 activities"), a wider distance.
 */
import { html, nothing } from 'lit';
import type { Feed, Synonyms } from '../../feed/schema.js';
import type { Catalogue } from '../../i18n/en.js';
import { countsWithout, didYouMean, nearestCategories } from '../../search/ways-out.js';
import type { ActivityFilters, VisitorPlace } from '../../store/state.js';
import type { Chip } from './chips.js';
import { distanceSteps, distanceWords, toKm, type Units } from './filter-words.js';
import type { SearchSession } from './search-session.js';

export interface WayOut {
  label: string;
  /** Kept across renders so focus can follow. */
  key: string;
  act: () => void;
}

export interface WaysOutContext {
  msg: Catalogue;
  /** The BCP 47 tag for `Intl`. */
  tag: string;
  units: Units;
  feed: Feed;
  query: string;
  filters: ActivityFilters;
  place?: VisitorPlace;
  synonyms?: Synonyms;
  chips: readonly Chip[];
  /** The search the ways out change: other words (a better spelling), no words, other filters. */
  session: Pick<SearchSession, 'search' | 'clearQuery' | 'changeFilters'>;
  clearAll: () => void;
  /** After a way out is taken (the button that had focus goes with it). */
  after: () => void;
}

/** Ways out of an empty result: each removes one thing that narrows the search. */
export function waysOut(context: WaysOutContext): WayOut[] {
  const { msg, filters, chips, after } = context;
  const ways: WayOut[] = [];
  const then = (change: () => void) => () => {
    change();
    after();
  };
  const request = { query: context.query, filters, place: context.place, synonyms: context.synonyms };
  const count = (n: number) => msg.activityCount(n);
  const query = context.query.trim();
  if (query) {
    const mended = didYouMean(context.feed, request);
    if (mended)
      ways.push({
        key: 'did-you-mean',
        label: msg.didYouMean(mended.query, count(mended.count)),
        act: then(() => context.session.search(mended.query)),
      });
    for (const { category, count: inCategory } of nearestCategories(context.feed, request)) {
      ways.push({
        key: `look-in:${category.id}`,
        label: msg.lookInCategory(category.label, count(inCategory)),
        act: then(() => {
          context.session.clearQuery();
          context.session.changeFilters((current) => ({ ...current, categories: [category.id] }));
        }),
      });
    }
    ways.push({ key: 'query', label: msg.clearSearch, act: then(() => context.session.clearQuery()) });
  }
  if (filters.withinKm !== undefined) {
    const wider = distanceSteps.map((step) => toKm(step, context.units)).find((km) => km > filters.withinKm! + 1e-6);
    const within = (withinKm: number | undefined) =>
      then(() => context.session.changeFilters((current) => ({ ...current, withinKm })));
    if (wider)
      ways.push({
        key: 'wider',
        label: msg.widenDistance(distanceWords(context.tag, wider, context.units)),
        act: within(wider),
      });
    else ways.push({ key: 'any-distance', label: msg.anyDistanceWayOut, act: within(undefined) });
  }
  const removals = new Map(countsWithout(context.feed, request).map((removal) => [removal.filter.key, removal.count]));
  for (const chip of chips.filter((chip) => chip.key !== 'within')) {
    const left = removals.get(chip.key);
    ways.push({
      key: chip.key,
      label: left === undefined ? msg.removeFilter(chip.label) : msg.removeWithCount(chip.label, count(left)),
      act: then(() => context.session.changeFilters(chip.without)),
    });
  }
  if (chips.length > 1) ways.push({ key: 'clear-all', label: msg.clearAll, act: context.clearAll });
  return ways;
}

export function renderEmptyState(
  msg: Catalogue,
  query: string,
  chips: readonly Chip[],
  waysOut: readonly WayOut[],
  feedIsEmpty: boolean,
) {
  if (feedIsEmpty) return html`<div class="empty" part="empty"><p>${msg.emptyFeed}</p></div>`;
  return html`<div class="empty" part="empty">
    <h3 class="empty-heading">${msg.emptyHeading}</h3>
    ${query.trim() ? html`<p>${msg.emptyWhat(msg.chipQuery(query.trim()))}</p>` : nothing}
    ${chips.length ? html`<p>${msg.emptyFilters(chips.length)}</p>` : nothing}
    ${
      waysOut.length
        ? html`<p>${msg.emptyWaysOut}</p>
            <ul class="ways-out">
              ${waysOut.map((way) => html`<li><button type="button" part="button" data-way=${way.key} @click=${way.act}>${way.label}</button></li>`)}
            </ul>`
        : nothing
    }
  </div>`;
}
