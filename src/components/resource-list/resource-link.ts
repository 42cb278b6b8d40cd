/**
 * The address a resource's link may point to: only http(s), whatever reached the store (the feed's
 * schema checks this too; a store filled by hand is checked here). `undefined` means "show no link".
 */
export function webHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a link leaves the page's own site, and so is marked as opening another website. */
export function isExternal(href: string): boolean {
  return new URL(href).origin !== location.origin;
}
