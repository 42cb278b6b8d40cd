import type { place as english } from '../en/place.js';

/** Welsh strings of the place finder. */
export const place: typeof english = {
  postcodeLabel: 'Cod post',
  postcodeHint: 'Er enghraifft, SW1A 1AA',
  findPostcode: 'Chwilio',
  useMyLocation: 'Defnyddio fy lleoliad',
  postcodeMissing: 'Rhowch god post, er enghraifft SW1A 1AA.',
  postcodeInvalid: (text) =>
    `Nid yw “${text}” yn god post yn y DU. Gwiriwch ef a rhowch gynnig arall arni, er enghraifft SW1A 1AA.`,
  postcodeUnknown: (postcode) =>
    `Ni allem ddod o hyd i’r cod post ${postcode}. Gwiriwch ef, neu rhowch y rhan gyntaf yn unig (er enghraifft SW1A).`,
  geocoderFailed:
    'Nid yw’r gwasanaeth codau post yn ateb ar hyn o bryd. Rhowch gynnig arall arni cyn bo hir, neu defnyddiwch eich lleoliad.',
  lookingUp: (postcode) => `Yn chwilio am ${postcode}…`,
  locating: 'Yn dod o hyd i’ch lleoliad…',
  locationDenied:
    'Ni rannodd eich porwr eich lleoliad. Gallwch ei ganiatáu yng ngosodiadau’r porwr, neu roi cod post yn lle hynny.',
  locationUnavailable: 'Nid oedd modd dod o hyd i’ch lleoliad. Rhowch god post yn lle hynny.',
  locationTimeout:
    'Cymerodd yn rhy hir i ddod o hyd i’ch lleoliad. Rhowch gynnig arall arni, neu rhowch god post yn lle hynny.',
  locationUnsupported: 'Ni all y porwr hwn rannu eich lleoliad. Rhowch god post yn lle hynny.',
  outsideUk:
    'Mae’r lle hwnnw y tu allan i’r DU, ac mae popeth a restrir yma yn y DU. Rhowch god post yn y DU i chwilio gerllaw.',
  nearPlace: (label) => `Ger ${label}`,
  yourLocation: 'eich lleoliad',
  forgetPlace: 'Anghofio’r lle hwn',
  changePlace: 'Newid',
  changePlaceName: 'Newid y lle',
  setPlace: 'Dewis lle',
};
