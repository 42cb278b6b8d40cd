/**
 * What the list, the printed plan and the email say about a saved activity, in the widget's language:
 * its next sessions, place, cost, access, contact and how fresh it is. Plain strings, so each view
 * draws them its own way (feed text is only ever bound as text).
 */
import { located } from '../../feed/located.js';
import type { Activity, BankHolidayRule } from '../../feed/schema.js';
import type { Catalogue } from '../../i18n/en.js';
import type { Nation } from '../../schedule/bank-holidays.js';
import { freshness } from '../../schedule/freshness.js';
import { nationOfPostcode } from '../../schedule/nation.js';
import { upcomingSessions } from '../../schedule/sessions.js';
import { freshnessWords, sessionWords } from '../../schedule/words.js';
import { costWords, scheduleWords } from '../activity-search/activity-words.js';
import { addressLine } from '../shared/address.js';

export interface FactsContext {
  msg: Catalogue;
  /** The BCP 47 tag for `Intl`. */
  tag: string;
  now: Date;
  /** Whose bank holidays apply when the activity's own postcode does not say. */
  nation: Nation;
  /** What the feed says about bank holidays. */
  feedRule?: BankHolidayRule;
  /** Months after which a record is called out of date. */
  staleAfterMonths: number;
}

export interface ActivityFacts {
  /** The next three sessions: "Tuesday 8 December, 10:00–12:00". */
  sessions: string[];
  /** The schedule in words ("Tuesdays 10:00–12:00"), for when no dates can be given. */
  pattern: string[];
  /** The full address with its postcode. */
  place: string;
  cost?: string;
  access?: string;
  /** What it is, in a paragraph. */
  summary?: string;
  /** "Updated 3 months ago", and whether it is stale. */
  freshness?: { words: string; stale: boolean };
  /** Where to find it on a map. */
  mapUrl?: string;
}

const summaryLength = 420;

/** The first paragraph of a description, cut at a sentence (or a word) when it runs long. */
export function firstParagraph(description: string | undefined): string | undefined {
  const paragraph = description?.split(/\n\s*\n/)[0]?.trim();
  if (!paragraph || paragraph.length <= summaryLength) return paragraph || undefined;
  const head = paragraph.slice(0, summaryLength);
  const sentence = head.search(/[.!?](?=[^.!?]*$)/);
  if (sentence > summaryLength / 2) return head.slice(0, sentence + 1);
  return `${head.slice(0, head.lastIndexOf(' '))}…`;
}

/** Where an activity's place is on OpenStreetMap. */
export function mapUrl(place: { lat: number; lng: number }): string {
  return `https://www.openstreetmap.org/?mlat=${place.lat.toFixed(4)}&mlon=${place.lng.toFixed(4)}&zoom=17`;
}

export function activityFacts(activity: Activity, context: FactsContext): ActivityFacts {
  const { msg, tag, now } = context;
  const nation = nationOfPostcode(activity.location?.postcode) ?? context.nation;
  const sessions = upcomingSessions(activity.schedule, now, { nation, feedRule: context.feedRule, count: 3 });
  const fresh = freshness(activity.updated, now, context.staleAfterMonths);
  return {
    sessions: sessions.map((session) => sessionWords(msg, tag, session, now)),
    pattern: scheduleWords(msg, tag, activity),
    place: addressLine(activity.location),
    cost: costWords(msg, tag, activity),
    access: activity.accessibility.length
      ? activity.accessibility.map((need) => msg.accessNeed(need)).join(', ')
      : undefined,
    summary: firstParagraph(activity.description),
    freshness: fresh && { words: freshnessWords(msg, fresh), stale: fresh.stale },
    mapUrl: located(activity.location) ? mapUrl(located(activity.location)!) : undefined,
  };
}
