import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalogue } from '../i18n/en.js';
import { catalogue, intlTag, localeFor, type Locale } from '../i18n/locale.js';

/**
 * The language of a widget: its own `lang`, or the nearest ancestor's. Watches that attribute,
 * so changing the page's language re-renders the widget.
 */
export class LocaleController implements ReactiveController {
  locale: Locale = 'en';
  #observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The strings for the current language. */
  get msg(): Catalogue {
    return catalogue(this.locale);
  }

  /** The BCP 47 tag to give `Intl` formatters. */
  get intl(): string {
    return intlTag(this.locale);
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.#read());
    this.#read();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #read(): void {
    const owner = this.host.closest('[lang]') ?? document.documentElement;
    this.#observer?.disconnect();
    // Watch every ancestor up to and including the one that decides, so a new `lang` nearer the host is seen too.
    for (let node: Element | null = this.host; node; node = node === owner ? null : node.parentElement) {
      this.#observer?.observe(node, { attributes: true, attributeFilter: ['lang'] });
    }
    const locale = localeFor(owner.getAttribute('lang'));
    if (locale !== this.locale) {
      this.locale = locale;
      this.host.requestUpdate();
    }
  }
}
