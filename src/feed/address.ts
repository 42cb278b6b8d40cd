/**
 * A feed address made absolute the way `fetch` does it: against the document's base URL (which, unlike
 * `location`, is right in a `srcdoc` frame and under `<base href>`). Left as it is when it cannot be read,
 * so `fetch` can say what is wrong with it.
 */
export function absoluteUrl(url: string): string {
  try {
    return new URL(url, documentBase()).href;
  } catch {
    return url;
  }
}

/** The base relative addresses are read against, as `fetch` reads them; undefined outside a page (Node). */
export function documentBase(): string | undefined {
  return globalThis.document?.baseURI ?? globalThis.location?.href;
}
