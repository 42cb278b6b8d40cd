/**
 * A feed address made absolute the way `fetch` does it: against the document's base URL (which, unlike
 * `location`, is right in a `srcdoc` frame and under `<base href>`). Left as it is when it cannot be read,
 * so `fetch` can say what is wrong with it.
 */
export function absoluteUrl(url: string): string {
  try {
    return new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href).href;
  } catch {
    return url;
  }
}
