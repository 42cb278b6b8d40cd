import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalogue } from '../i18n/en.js';
import {
  addWidgetWords,
  catalogue,
  hasCatalogue,
  intlTag,
  loadLocale,
  localeOf,
  onLocaleRegistered,
  type Locale,
  type WidgetWords,
} from '../i18n/locale.js';

/**
 * The language of a widget: its own `lang`, or the nearest ancestor's. Watches that attribute,
 * so changing the page's language re-renders the widget. A language whose words are still loading
 * (Welsh, the first time) takes over when they arrive; until then the widget stays in the one it had.
 */
export class LocaleController implements ReactiveController {
  locale: Locale = 'en';
  #observer?: MutationObserver;
  #stopListening?: () => void;
  #shown?: Catalogue;

  /** `words`: the widget's own words, kept out of the shared catalogue (e.g. the map's). */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    words?: WidgetWords,
  ) {
    if (words) addWidgetWords(words);
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
    this.#stopListening = onLocaleRegistered(() => this.#read());
    this.#read();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#stopListening?.();
  }

  #read(): void {
    const owner = this.host.closest('[lang]') ?? document.documentElement;
    this.#observer?.disconnect();
    // Watch every ancestor up to and including the one that decides, so a new `lang` nearer the host is seen too.
    for (let node: Element | null = this.host; node; node = node === owner ? null : node.parentElement) {
      this.#observer?.observe(node, { attributes: true, attributeFilter: ['lang'] });
    }
    const locale = localeOf(this.host);
    if (!hasCatalogue(locale)) {
      loadLocale(locale).then(
        () => this.#observer && this.#read(),
        (error: unknown) => console.warn(`Linkwork: could not load the "${locale}" words:`, error),
      );
      return;
    }
    // A registered catalogue may have replaced the one on screen: re-render even when the code is the same.
    if (locale !== this.locale || this.#shown !== catalogue(locale)) {
      this.#shown = catalogue(locale);
      this.locale = locale;
      this.host.requestUpdate();
    }
  }
}
