import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { StoreController } from '../../controllers/store-controller.js';
import { fire } from '../../events/fire.js';
import { LocateEvent } from '../../events/locate-event.js';
import { postcodesIo, type Geocoder } from '../../geo/geocoder.js';
import type { VisitorPlace } from '../../store/state.js';
import { baseStyles } from '../../styles/base.styles.js';
import { PlaceFinder } from '../shared/place-finder.js';
import { placeFinderStyles } from '../shared/place-finder.styles.js';

/**
 * The one postcode box for every widget inside an `<lw-feed>`, put where the page wants it. Without it, the first
 * widget that measures distances shows the box; with it, every widget says "Near SW1A 1AA · Change" instead, and
 * "Change" takes the visitor here.
 *
 * @tagname lw-place-finder
 * @summary The shared "where are you?" box: a postcode and "use my location", for the widgets of one feed.
 *
 * @fires {LocateEvent} lw-locate - The visitor's place was found from a postcode or their location: `place`.
 *
 * @csspart place-finder - The postcode and "use my location" form.
 * @csspart input - The postcode box.
 * @csspart button - Buttons: find, use my location, forget this place.
 */
export class LwPlaceFinder extends LitElement {
  static override styles = [baseStyles, placeFinderStyles];

  /** How a postcode becomes a place; by default the `<lw-feed>`'s geocoder (postcodes.io unless the page gave another). */
  @property({ attribute: false }) geocoder?: Geocoder;

  readonly #store = new StoreController(this, { shows: 'place' });
  readonly #locale = new LocaleController(this);
  readonly #finder = new PlaceFinder(this, {
    geocoder: () => this.geocoder ?? this.#store.store?.geocoder ?? postcodesIo(),
    onPlace: (place) => this.#changePlace(place),
    store: () => this.#store.store,
  });

  #changePlace(place: VisitorPlace | undefined): void {
    this.#store.store?.setPlace(place);
    if (place) fire(this, new LocateEvent(place));
  }

  override render() {
    return html`${this.#finder.render(this.#locale.msg, this.#store.state.place, 'place')}`;
  }
}
