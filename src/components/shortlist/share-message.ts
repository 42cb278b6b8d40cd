/**
 * The list as a message the visitor sends themselves, from their own email or messages app: `mailto:`
 * with a plain-text list (names, next dates, places, phone numbers and the link), and `sms:` with a short
 * text and the link. Nothing goes through us.
 */
import type { ShortlistCatalogue } from '../../i18n/shortlist-words.js';
import { entryTitle, type SavedEntry } from './saved-item.js';

/** Mail programs start to refuse `mailto:` addresses much longer than this. */
const longestMailto = 2000;

/** About four-fifths of a text, cut at a space when there is one. */
function shorter(text: string): string {
  const cut = Math.floor(text.length * 0.8);
  const space = text.lastIndexOf(' ', cut);
  return text.slice(0, space > 0 ? space : cut).trimEnd();
}

function activityLines(msg: ShortlistCatalogue, entry: SavedEntry, index: number, ready: boolean): string {
  const { activity, facts } = entry;
  const title = entryTitle(entry, index, ready, msg);
  // Only a feed that is in can say an activity is no longer listed.
  if (!activity || !facts) return `${index + 1}. ${ready ? msg.noLongerListedTitle(title) : title}`;
  const when = facts.sessions.length ? facts.sessions : facts.pattern;
  return [
    `${index + 1}. ${activity.title}`,
    ...when.slice(0, 3).map((line) => `   ${line}`),
    facts.place && `   ${facts.place}`,
    activity.contact?.phone && `   ${msg.phoneTerm}: ${activity.contact.phone}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * `mailto:` with the list; what would make it too long (the end of a long note, the last activities) is left to the
 * link. `ready`: the feed is in (without it, an activity's name is all that is known).
 */
export function emailHref(
  msg: ShortlistCatalogue,
  entries: readonly SavedEntry[],
  note: string,
  link: string,
  ready: boolean,
): string {
  const subject = encodeURIComponent(msg.emailSubject);
  const href = (lines: readonly string[]) =>
    `mailto:?subject=${subject}&body=${encodeURIComponent(lines.join('\n\n'))}`;
  const fits = (lines: readonly string[]) => href(lines).length <= longestMailto;
  const lines = [msg.emailIntro, msg.emailOpen(link)];
  const allLeft = entries.length ? [msg.emailMore(entries.length)] : [];
  let text = note.trim();
  while (text && !fits([...lines, `${msg.noteLabel}:\n${text}…`, ...allLeft])) text = shorter(text);
  if (text) lines.push(`${msg.noteLabel}:\n${text}${text.length < note.trim().length ? '…' : ''}`);
  for (const [index, entry] of entries.entries()) {
    const more = entries.length - index - 1;
    const next = activityLines(msg, entry, index, ready);
    if (!fits([...lines, next, ...(more ? [msg.emailMore(more)] : [])])) {
      lines.push(msg.emailMore(more + 1));
      break;
    }
    lines.push(next);
  }
  return href(lines);
}

/** `sms:` with a short text and the link; the visitor picks whom to send it to. */
export function smsHref(msg: ShortlistCatalogue, link: string): string {
  return `sms:?&body=${encodeURIComponent(msg.smsText(link))}`;
}
