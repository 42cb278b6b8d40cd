/**
 * What a result card says about when an activity next meets and how fresh it is, worked out once per
 * activity and again only every five minutes or when the language, the nation or the stale limit change
 * (a search re-renders every card on each keystroke).
 */
import type { Activity, BankHolidayRule } from '../../feed/schema.js';
import type { Catalogue } from '../../i18n/en.js';
import type { Nation } from '../../schedule/bank-holidays.js';
import { defaultStaleAfterMonths } from '../../schedule/freshness.js';
import { activityFacts, type ActivityFacts, type FactsContext } from '../shortlist/activity-facts.js';

/** What a widget showing cards says about them: its `nation` and `stale-after`. */
export interface CardSettings {
  nation?: string;
  staleAfter?: number;
}

const known = new WeakMap<Activity, { key: string; facts: ActivityFacts }>();

/** The months after which a record is called out of date: the page's, when it is a whole number of at least 1. */
export function staleAfterMonths(given: number | undefined): number {
  return given !== undefined && Number.isInteger(given) && given >= 1 ? given : defaultStaleAfterMonths;
}

export interface CardFactsContext {
  msg: Catalogue;
  tag: string;
  nation: Nation;
  feedRule?: BankHolidayRule;
  staleAfterMonths: number;
}

/** The activity's next dates, schedule, place, cost, access and freshness in words, from the memo when fresh. */
export function cardFacts(activity: Activity, context: CardFactsContext, now = new Date()): ActivityFacts {
  const key = [
    Math.floor(now.getTime() / 300_000),
    context.tag,
    context.nation,
    context.feedRule,
    context.staleAfterMonths,
  ].join('|');
  let memo = known.get(activity);
  if (memo?.key !== key) {
    const factsContext: FactsContext = { ...context, now };
    memo = { key, facts: activityFacts(activity, factsContext) };
    known.set(activity, memo);
  }
  return memo.facts;
}
