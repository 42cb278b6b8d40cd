/** Strings of the place finder: a postcode box and "use my location", shared by the widgets. */
export const place = {
  postcodeLabel: 'Postcode',
  postcodeHint: 'For example, SW1A 1AA',
  findPostcode: 'Find',
  useMyLocation: 'Use my location',
  postcodeMissing: 'Enter a postcode, for example SW1A 1AA.',
  postcodeInvalid: (text: string) => `“${text}” is not a UK postcode. Check it and try again, for example SW1A 1AA.`,
  postcodeUnknown: (postcode: string) =>
    `We could not find the postcode ${postcode}. Check it, or try just the first part (for example SW1A).`,
  geocoderFailed: 'The postcode service is not answering just now. Please try again in a moment, or use your location.',
  lookingUp: (postcode: string) => `Looking up ${postcode}…`,
  locating: 'Finding your location…',
  locationDenied:
    'Your browser did not share your location. You can allow it in the browser’s settings, or enter a postcode instead.',
  locationUnavailable: 'Your location could not be found. Please enter a postcode instead.',
  locationTimeout: 'Finding your location took too long. Please try again, or enter a postcode instead.',
  locationUnsupported: 'This browser cannot share your location. Please enter a postcode instead.',
  outsideUk:
    'That place is outside the UK, and everything listed here is in the UK. Enter a UK postcode to look near it.',
  nearPlace: (label: string) => `Near ${label}`,
  yourLocation: 'your location',
  forgetPlace: 'Forget this place',
  /** In a widget without the postcode box: the button to the box elsewhere on the page. */
  changePlace: 'Change',
  changePlaceName: 'Change the place',
  setPlace: 'Set a place',
};
