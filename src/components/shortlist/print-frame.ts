/**
 * Prints the activity plan on its own, whatever else the page holds: a copy of it goes into an invisible
 * frame inside the widget, styled with constructed stylesheets (which a strict Content-Security-Policy
 * allows), and that frame is printed and then removed.
 */
import type { CSSResult } from 'lit';

export interface PrintOptions {
  /** Where the frame goes while it prints: the widget's shadow root. */
  root: ShadowRoot;
  styles: readonly CSSResult[];
  /** The page's language and the document's title (the name a "save as PDF" offers). */
  lang: string;
  title: string;
  /** The font the widget shows, so the plan looks like the page it came from. */
  fontFamily: string;
}

export function printAlone(plan: Element, options: PrintOptions): void {
  options.root.querySelector('iframe.print-frame')?.remove();
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = options.title;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  options.root.append(frame);
  const win = frame.contentWindow! as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  doc.documentElement.lang = options.lang;
  doc.title = options.title;
  const sheets = options.styles.map((style) => {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(style.cssText);
    return sheet;
  });
  doc.adoptedStyleSheets = sheets;
  doc.body.style.fontFamily = options.fontFamily;
  doc.body.append(doc.importNode(plan, true));
  win.addEventListener('afterprint', () => frame.remove(), { once: true });
  win.focus();
  win.print();
}
