/**
 * Mends links, emails and phone numbers whose meaning is clear (`www.example.org`, `http:www.example.org`,
 * an email with a zero-width space or a trailing dot, `mailto:` and `tel:` prefixes). Each mender returns
 * the mended text and what was done, in words for the report, or `undefined` when the intent is not clear.
 * The caller checks the result against the schema again: a mended value is never trusted unchecked.
 */

export interface Mended {
  value: string;
  /** What was changed: "added https://", "removed a zero-width space". */
  changes: string[];
}

/** Characters that are invisible on screen but break an address: zero-width spaces and joiners, soft hyphens, BOMs. */
const invisible = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

function withoutInvisible(text: string, changes: string[]): string {
  const cleaned = text.replace(invisible, '');
  if (cleaned !== text) changes.push('removed an invisible character');
  const trimmed = cleaned.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
  return trimmed;
}

/** `www.x.org`, `x.org/path`: a host name and maybe a port and path, but no scheme. */
const bareHost = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::[0-9]{1,5})?(?:[/?#]\S*)?$/i;

export function mendLink(text: string): Mended | undefined {
  const changes: string[] = [];
  let link = withoutInvisible(text, changes);
  if (!link || /\s/.test(link)) return undefined;
  const scheme = /^(https?):[/\\]*/i.exec(link);
  if (scheme && !link.startsWith(`${scheme[1]}://`)) {
    link = `${scheme[1]!.toLowerCase()}://${link.slice(scheme[0].length)}`;
    changes.push(`wrote the scheme as ${scheme[1]!.toLowerCase()}://`);
  } else if (!scheme) {
    if (link.startsWith('//')) link = link.slice(2);
    if (!bareHost.test(link)) return undefined;
    link = `https://${link}`;
    changes.push('added https://');
  }
  return changes.length ? { value: link, changes } : undefined;
}

export function mendEmail(text: string): Mended | undefined {
  const changes: string[] = [];
  let email = withoutInvisible(text, changes);
  if (/^mailto:/i.test(email)) {
    email = email.slice(7).split('?')[0]!;
    changes.push('removed mailto:');
  }
  const wrapped = /^<(.*)>$/.exec(email);
  if (wrapped) {
    email = wrapped[1]!.trim();
    changes.push('removed the angle brackets');
  }
  const inner = email.replace(/\s*@\s*/, '@');
  if (inner !== email) {
    email = inner;
    changes.push('removed spaces around @');
  }
  const trailing = /[.,;:]+$/.exec(email);
  if (trailing) {
    email = email.slice(0, -trailing[0].length);
    changes.push(trailing[0] === '.' ? 'removed the trailing dot' : `removed the trailing "${trailing[0]}"`);
  }
  const several = email.split(/\s*[;,]\s*|\s+/);
  if (several.length > 1 && several.every((part) => part.includes('@'))) {
    email = several[0]!;
    changes.push('kept the first of several addresses');
  }
  return changes.length ? { value: email, changes } : undefined;
}

export function mendPhone(text: string): Mended | undefined {
  const changes: string[] = [];
  let phone = withoutInvisible(text, changes);
  if (/^tel:/i.test(phone)) {
    phone = phone.slice(4).trim();
    changes.push('removed tel:');
  }
  return changes.length ? { value: phone, changes } : undefined;
}

export const menders = { link: mendLink, email: mendEmail, phone: mendPhone } as const;
export type MendKind = keyof typeof menders;
