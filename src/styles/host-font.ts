import type { ReactiveController, ReactiveElement } from 'lit';

/** The font of a widget whose page sets none: the system's own sans-serif, never the browser's serif. */
export const systemSans = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

let sansSheet: CSSStyleSheet | undefined;
let browserDefault: string | undefined;

/** The font a browser gives a page that sets none: its "standard" font, a serif out of the box. */
function browserDefaultFont(root: ShadowRoot): string {
  if (browserDefault === undefined) {
    const probe = document.createElement('span');
    probe.style.fontFamily = 'initial';
    root.append(probe);
    browserDefault = getComputedStyle(probe).fontFamily;
    probe.remove();
  }
  return browserDefault;
}

/**
 * Widgets take the page's font (`font-family: inherit`). A page that sets no font at all, such as
 * one styled with GOV.UK Frontend 5 (which sets its font on classes, not on `body`), would give them
 * the browser's serif; then the widget uses `systemSans` instead. `--lw-font-family` wins over both.
 */
class HostFontController implements ReactiveController {
  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#check();
    // A stylesheet that arrives after the widget (a slow <link>) can still set the page's font.
    if (document.readyState !== 'complete') addEventListener('load', () => this.#check(), { once: true });
  }

  #check(): void {
    const root = this.host.shadowRoot;
    if (!root || !('adoptedStyleSheets' in root)) return;
    const parent = this.host.parentElement ?? (this.host.getRootNode() as ShadowRoot).host ?? document.body;
    const pageSetsNoFont = getComputedStyle(parent).fontFamily === browserDefaultFont(root);
    sansSheet ??= sheet(`:host { --_lw-font-family: ${systemSans}; }`);
    const others = root.adoptedStyleSheets.filter((adopted) => adopted !== sansSheet);
    root.adoptedStyleSheets = pageSetsNoFont ? [...others, sansSheet] : others;
  }
}

function sheet(text: string): CSSStyleSheet {
  const made = new CSSStyleSheet();
  made.replaceSync(text);
  return made;
}

/** Gives a widget class the sans-serif fallback: `LwSomething.addInitializer(followHostFont)`. */
export function followHostFont(element: ReactiveElement): void {
  new HostFontController(element);
}
