/**
 * The only links a widget makes: http(s), `tel:` and `mailto:`, each checked again when drawn, whatever
 * reached the store (the feed's schema checks them too; a store filled by hand is checked here).
 * `undefined` means "show no link".
 */

/** An http(s) address as the browser reads it, or undefined for any other scheme. */
export function webHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `tel:` with only the digits and a leading +, or undefined when there are too few digits to call. A number
 * written with words ("Call 0113 496 0000 (Mon to Fri)", "0113 496 0000 or 07700 900123") calls the first.
 */
export function telHref(phone: string | undefined): string | undefined {
  const number = phone?.match(/\+?\d[\d\s().-]*\d/)?.[0];
  const digits = number?.replace(/[^0-9+]/g, '').replace(/(?!^)\+/g, '');
  return digits && /^\+?[0-9]{6,15}$/.test(digits) ? `tel:${digits}` : undefined;
}

/** `mailto:` for a plain address (no headers, no second address). */
export function mailtoHref(email: string | undefined): string | undefined {
  return email && /^[^\s@?&,;:<>"]+@[^\s@?&,;:<>"]+\.[^\s@?&,;:<>"]+$/.test(email) ? `mailto:${email}` : undefined;
}

/** Whether a link leaves the page's own site, and so is marked as opening another website. */
export function isExternal(href: string): boolean {
  return new URL(href).origin !== location.origin;
}
