/**
 * A demo page's <main>, moved into this test page with the page's own stylesheets and the CDN
 * script, so axe and sendKeys work on it as on any fixture.
 */
export async function openDemo(path: string): Promise<HTMLElement> {
  const page = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
  const base = new URL(path, location.href);
  await Promise.all(
    [...page.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((original) => {
      const link = Object.assign(document.createElement('link'), {
        rel: 'stylesheet',
        href: new URL(original.getAttribute('href')!, base).href,
      });
      const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
      document.head.append(link);
      return loaded;
    }),
  );
  const main = document.adoptNode(page.querySelector('main')!);
  // Relative feed addresses belong to the demo page, not to this test page.
  for (const feed of main.querySelectorAll('lw-feed[src]'))
    feed.setAttribute('src', new URL(feed.getAttribute('src')!, base).pathname);
  document.body.append(main);
  await import('/dist/cdn/linkwork.js' as string);
  return main;
}
