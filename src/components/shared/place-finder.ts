import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { GeocoderError, lookUpPostcode, type Geocoder } from '../../geo/geocoder.js';
import { LocateError, locateVisitor } from '../../geo/locate.js';
import { parsePostcode } from '../../geo/postcode.js';
import { inUk } from '../../geo/uk.js';
import type { Catalogue } from '../../i18n/en.js';
import type { VisitorPlace } from '../../store/state.js';
import type { LinkworkStore } from '../../store/store.js';
import { addPlaceBox, placeBoxOf, type PlaceBox } from './place-boxes.js';

export interface PlaceFinderOptions {
  /** The geocoder to ask, read at each search so a later change is honoured. */
  geocoder: () => Geocoder;
  /** Called with the place found, or `undefined` when the visitor forgets it. */
  onPlace: (place: VisitorPlace | undefined) => void;
  /**
   * The store the widget shows. Widgets sharing one store (inside one `<lw-feed>`) show one postcode box
   * between them; the others say where the place is, with a button to that box. Without it, the box always shows.
   */
  store?: () => LinkworkStore | undefined;
  /**
   * Whether the box says the place found ("Near SW1A 1AA") to screen readers; on by default. A widget that
   * announces its own answer to the new place turns it off, so one change of place is announced once.
   */
  saysPlace?: boolean;
}

/** What to call a place in a sentence: its postcode, or "your location". */
export function placeName(msg: Catalogue, place: VisitorPlace): string {
  return place.source === 'geolocation' ? msg.yourLocation : place.label;
}

/** In a widget that does not show the box: "Near LS1 4AP · Change", or "Set a place", taking focus to the box. */
function placeElsewhere(msg: Catalogue, place: VisitorPlace | undefined, toBox: () => void) {
  return html`<p class="place-elsewhere" part="place-finder">
    ${
      place
        ? html`<span>${msg.nearPlace(placeName(msg, place))}</span>
            <span aria-hidden="true">·</span>
            <button type="button" part="button" class="link-button" aria-label=${msg.changePlaceName} @click=${toBox}>
              ${msg.changePlace}
            </button>`
        : html`<button type="button" part="button" class="link-button" @click=${toBox}>${msg.setPlace}</button>`
    }
  </p>`;
}

/** What the finder says under the box: a message chosen now, worded in whatever language is current. */
interface Message {
  words: (msg: Catalogue) => string;
  isError: boolean;
  /** Said to screen readers only, because the same words are on screen already. */
  heardOnly?: boolean;
}

/**
 * "Where are you?": a postcode box and a "use my location" button, shared by the widgets that
 * measure distances. It explains every way a lookup can fail, and never leaves the visitor stuck:
 * when the browser will not share a location, the postcode box is right there.
 */
export class PlaceFinder implements ReactiveController {
  #message?: Message;
  #lookup?: AbortController;
  /** The store this widget is counted in as a place box, and how to stop counting it. */
  #registered?: { store: LinkworkStore; forget: () => void };
  /** The box's id prefix, as last drawn (so another widget can focus its input). */
  #id = 'place';
  /** This widget, as the other widgets of its store see it. */
  readonly #box: PlaceBox;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PlaceFinderOptions,
  ) {
    host.addController(this);
    this.#box = {
      element: host,
      focusBox: () => {
        const input = host.shadowRoot?.getElementById(`${this.#id}-postcode`);
        input?.scrollIntoView({ block: 'center' });
        input?.focus({ preventScroll: true });
      },
      redraw: () => host.requestUpdate(),
    };
  }

  hostUpdate(): void {
    const store = this.options.store?.();
    if (store === this.#registered?.store) return;
    this.#registered?.forget();
    this.#registered = store && { store, forget: addPlaceBox(store, this.#box) };
  }

  hostDisconnected(): void {
    this.#lookup?.abort();
    this.#registered?.forget();
    this.#registered = undefined;
  }

  /** The widget that shows the postcode box, when it is not this one. */
  get #boxElsewhere(): PlaceBox | undefined {
    const store = this.#registered?.store;
    const box = store && placeBoxOf(store);
    return box === this.#box ? undefined : box;
  }

  /** Whether this widget shows the postcode box (rather than a line pointing to another widget's). */
  get showsBox(): boolean {
    return this.#boxElsewhere === undefined;
  }

  /** Looks up a postcode; an invalid one is explained without asking the service. */
  async findPostcode(text: string): Promise<void> {
    const typed = text.trim();
    const postcode = parsePostcode(typed);
    if (!typed) return this.#say((msg) => msg.postcodeMissing, true);
    if (!postcode) return this.#say((msg) => msg.postcodeInvalid(typed), true);
    const signal = this.#startLookup((msg) => msg.lookingUp(postcode.postcode));
    try {
      const found = await lookUpPostcode(this.options.geocoder(), postcode.postcode, { signal });
      if (signal.aborted) return;
      if (!found) return this.#say((msg) => msg.postcodeUnknown(postcode.postcode), true);
      this.#found({ lat: found.lat, lng: found.lng, label: found.label, source: 'postcode' });
    } catch (error) {
      if (signal.aborted) return;
      if (!(error instanceof GeocoderError)) console.error('Linkwork: the geocoder failed:', error);
      this.#say((msg) => msg.geocoderFailed, true);
    }
  }

  /** Asks the browser where the visitor is. */
  async useMyLocation(): Promise<void> {
    const signal = this.#startLookup((msg) => msg.locating);
    try {
      const point = await locateVisitor();
      if (signal.aborted) return;
      this.#found({ ...point, label: '', source: 'geolocation' });
    } catch (error) {
      if (signal.aborted) return;
      const kind = error instanceof LocateError ? error.kind : 'unavailable';
      const words = {
        denied: (msg: Catalogue) => msg.locationDenied,
        unavailable: (msg: Catalogue) => msg.locationUnavailable,
        timeout: (msg: Catalogue) => msg.locationTimeout,
        unsupported: (msg: Catalogue) => msg.locationUnsupported,
      }[kind];
      this.#say(words, true);
    }
  }

  /** Forgets the message and any lookup under way. */
  clear(): void {
    this.#lookup?.abort();
    this.#say(undefined, false);
  }

  /**
   * The finder's form. `place` is the place in use, shown with a way to forget it; `id` keeps the
   * labels' ids unique when one shadow root holds two finders.
   */
  render(msg: Catalogue, place: VisitorPlace | undefined, id = 'place') {
    const elsewhere = this.#boxElsewhere;
    if (elsewhere) return placeElsewhere(msg, place, () => elsewhere.focusBox());
    this.#id = id;
    const message = this.#message;
    const invalid = message?.isError ?? false;
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const input = (event.currentTarget as HTMLFormElement).elements.namedItem('postcode') as HTMLInputElement;
      void this.findPostcode(input.value);
    };
    return html`<form class="place-finder" part="place-finder" novalidate @submit=${onSubmit}>
      <label for="${id}-postcode">${msg.postcodeLabel}</label>
      <span class="hint" id="${id}-hint">${msg.postcodeHint}</span>
      <div class="place-row">
        <input
          id="${id}-postcode"
          name="postcode"
          part="input"
          autocomplete="postal-code"
          spellcheck="false"
          size="9"
          aria-describedby="${id}-hint ${id}-message"
          aria-invalid=${invalid ? 'true' : 'false'}
        />
        <button type="submit" part="button">${msg.findPostcode}</button>
        <button type="button" part="button" @click=${() => this.useMyLocation()}>${msg.useMyLocation}</button>
      </div>
      <p id="${id}-message" class=${invalid ? 'place-message error' : 'place-message'} aria-live="polite">
        ${message?.heardOnly ? html`<span class="visually-hidden">${message.words(msg)}</span>` : message?.words(msg)}
      </p>
      ${
        place
          ? html`<p class="place-current">
              <span>${msg.nearPlace(placeName(msg, place))}</span>
              <button type="button" part="button" class="link-button" @click=${(event: Event) => this.#forget(event)}>
                ${msg.forgetPlace}
              </button>
            </p>`
          : nothing
      }
    </form>`;
  }

  #found(place: VisitorPlace): void {
    if (!inUk(place)) return this.#say((msg) => msg.outsideUk, true);
    // Shown beside the box already ("Near SW1A 1AA · Forget this place"): here it is only heard.
    if (this.options.saysPlace ?? true)
      this.#message = { words: (msg) => msg.nearPlace(placeName(msg, place)), isError: false, heardOnly: true };
    else this.#message = undefined;
    this.options.onPlace(place);
    this.host.requestUpdate();
  }

  #forget(event: Event): void {
    this.clear();
    this.options.onPlace(undefined);
    // The button goes with the place: keep keyboard focus in the form, on the postcode box.
    (event.currentTarget as HTMLElement).closest('form')?.querySelector('input')?.focus();
  }

  #startLookup(words: Message['words']): AbortSignal {
    this.#lookup?.abort();
    this.#lookup = new AbortController();
    this.#say(words, false);
    return this.#lookup.signal;
  }

  #say(words: Message['words'] | undefined, isError: boolean): void {
    this.#message = words && { words, isError };
    this.host.requestUpdate();
  }
}
