/**
 * "Add to calendar": the activity's `.ics` file, made in the browser as a Blob when it is asked for and
 * handed to the browser as a download (no inline script, no server, so a strict CSP allows it).
 */
const keptForMs = 60_000;

export function downloadCalendar(root: ShadowRoot, text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName, hidden: true });
  root.append(link);
  link.click();
  link.remove();
  // Long enough for the download to start, however slowly the visitor answers the browser's question.
  setTimeout(() => URL.revokeObjectURL(url), keptForMs);
}
