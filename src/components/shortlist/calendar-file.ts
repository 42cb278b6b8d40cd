/**
 * "Add to calendar": the activity's `.ics` file, made in the browser as a Blob when it is asked for and
 * handed to the browser as a download (no inline script, no server, so a strict CSP allows it).
 */
import type { Activity, BankHolidayRule } from '../../feed/schema.js';
import type { Catalogue } from '../../i18n/en.js';
import type { Nation } from '../../schedule/bank-holidays.js';
import { activityCalendar } from '../../schedule/ics.js';
import { nationOfPostcode } from '../../schedule/nation.js';

const keptForMs = 60_000;

export interface CalendarTextOptions {
  msg: Catalogue;
  now: Date;
  /** Whose bank holidays apply when the activity's own postcode does not say. */
  nation: Nation;
  feedRule?: BankHolidayRule;
  /** The cost in words, for the event's description. */
  cost?: string;
}

/** The activity's `.ics` file, with its cost and contact in the visitor's language; undefined when no date can be known. */
export function calendarText(activity: Activity, options: CalendarTextOptions): string | undefined {
  const { msg, cost } = options;
  const details = [
    cost && `${msg.costTerm}: ${cost}`,
    activity.contact?.phone && `${msg.phoneTerm}: ${activity.contact.phone}`,
    activity.contact?.email && `${msg.email}: ${activity.contact.email}`,
  ].filter((line): line is string => Boolean(line));
  const nation = nationOfPostcode(activity.location?.postcode) ?? options.nation;
  return activityCalendar(activity, { now: options.now, nation, feedRule: options.feedRule, details });
}

export function downloadCalendar(root: ShadowRoot, text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName, hidden: true });
  root.append(link);
  link.click();
  link.remove();
  // Long enough for the download to start, however slowly the visitor answers the browser's question.
  setTimeout(() => URL.revokeObjectURL(url), keptForMs);
}
