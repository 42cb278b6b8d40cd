/** A same-origin iframe showing `html`, resolved once its document has loaded. */
export async function frame(html: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 1000px; height: 800px';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = html;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** An iframe showing a page served by the test server. */
export async function framePage(url: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 1000px; height: 800px';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = url;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** Every URL the frame's page has fetched so far (scripts, feeds, images), from the Resource Timing API. */
export function requestedUrls(iframe: HTMLIFrameElement): string[] {
  return iframe.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
}
