/**
 * Room for each widget before its code arrives: a tag the browser does not know yet is an empty inline
 * element, so the page's headings below it would jump down when the widget first draws. Until a widget is
 * defined it keeps the height its own loading state keeps (`--lw-loading-height`, one screen unless set), so
 * what follows it is already where the loading state puts it. Zero specificity: any rule of the page wins,
 * and no rule touches anything but our own tags.
 */
const rule =
  ':where(lw-network-finder, lw-activity-search, lw-resource-list):not(:defined) { display: block; min-height: var(--lw-loading-height, 100svh); }';

export function reserveLoadingRoom(document: Document): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rule);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
