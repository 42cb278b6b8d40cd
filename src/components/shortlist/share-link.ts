/**
 * The list in a page's address, so it can be shared without a server: `?lw-list=id1,id2`. Each id is
 * percent-encoded on its own, so an id with a comma in it survives; what comes back is checked like feed
 * data, and anything unreadable is counted rather than trusted.
 */
import { savedIds } from '../../store/saved.js';

const listName = (prefix: string) => `${prefix}list`;

/** The raw `name=value` pairs of a query, and the (decoded) name of each. */
function pairs(search: string): { name: string; raw: string; value: string }[] {
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter(Boolean)
    .map((raw) => {
      const cut = raw.indexOf('=');
      const name = cut < 0 ? raw : raw.slice(0, cut);
      return { name: decodePart(name) ?? name, raw, value: cut < 0 ? '' : raw.slice(cut + 1) };
    });
}

function decodePart(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** The page's address with the list in it (any earlier list replaced; the page's own parameters kept). */
export function shareUrl(href: string, prefix: string, ids: readonly string[]): string {
  const url = new URL(href);
  const kept = pairs(url.search).filter((pair) => pair.name !== listName(prefix));
  if (ids.length)
    kept.push({
      name: listName(prefix),
      value: '',
      raw: `${encodeURIComponent(listName(prefix))}=${ids.map(encodeURIComponent).join(',')}`,
    });
  url.search = kept.map((pair) => pair.raw).join('&');
  return url.href;
}

/** The list an address holds, if it holds one: its readable ids, and how many entries could not be read. */
export function listInUrl(href: string, prefix: string): ReturnType<typeof savedIds> | undefined {
  const pair = pairs(new URL(href).search).find((pair) => pair.name === listName(prefix));
  if (!pair) return undefined;
  const entries = pair.value.split(',').filter(Boolean);
  return savedIds(entries.map((entry) => decodePart(entry)));
}
