/**
 * The browser's first `Intl` formatter costs far more than any after it (Chromium loads its locale data
 * then: 150–300 ms on a phone's CPU), and the widgets' first render formats dates, times and prices. The
 * CDN script asks for one date and one number formatter in a task of their own while the widgets' code is
 * still on its way, so that cost is not part of the widgets' first render.
 */
export function warmIntlWhileLoading(): void {
  setTimeout(() => {
    new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long' }).format(0);
    new Intl.NumberFormat('en-GB').format(0);
  });
}
