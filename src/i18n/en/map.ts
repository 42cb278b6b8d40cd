import { plural } from '../format.js';

const networks = plural('en-GB', { one: (n) => `${n} network`, other: (n) => `${n} networks` });
const activities = plural('en-GB', { one: (n) => `${n} activity`, other: (n) => `${n} activities` });

/** Strings of the map area: the network finder. */
export const map = {
  finderLabel: 'Find an arts and health network',
  mapLabel: 'Map of arts and health networks',
  mapKeyboardHint:
    'On the map, the arrow keys go from marker to marker, Enter chooses one and Escape comes back to the map; the plus and minus keys zoom. The buttons above move the map. Every network on the map is also in the list.',
  skipMap: 'Skip the map',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  showAll: 'Show all networks',
  moveNorth: 'Move the map north',
  moveSouth: 'Move the map south',
  moveWest: 'Move the map west',
  moveEast: 'Move the map east',
  mapControls: 'Map controls',
  mapBlockedByPolicy:
    "The map cannot load under this page's security policy (Trusted Types). Every network is in the list below.",
  mapFailed: 'The map could not be loaded. Every network is in the list below.',
  legendHeading: 'Key',
  scopeLocal: 'Local network',
  scopeRegional: 'Regional network',
  scopeNational: 'National network',
  scopeLocalArea: 'Area a local network covers',
  scopeRegionalArea: 'Area a regional network covers',
  legendNational: 'National networks cover the whole UK: they are listed, not drawn',
  legendActivities: 'Activities (a number is a group: choose it to zoom in)',
  legendPlace: 'The place you searched for',
  /** The marker's accessible name: the network's name and what kind of network it is. */
  networkMarker: (name: string, scope: string) => `${name} (${scope})`,
  activityMarker: (title: string) => `${title} (activity)`,
  clusterMarker: (count: number) => `${activities(count)} here: zoom in`,
  zoomedIn: (count: number) => `Zoomed in on ${activities(count)}`,
  placeMarker: (place: string) => `You searched for ${place}`,
  /** After a marker's name, as the arrow keys reach it: "3 of 12". */
  markerPosition: (position: string, count: string) => `${position} of ${count}`,
  networkCount: (count: number) => networks(count),
  listHeading: 'Networks',
  listKeyboardHint:
    'In the list, the up and down arrow keys go from network to network; Enter shows a network’s details.',
  nationalHeading: 'National networks',
  nationalNote: 'These cover the whole UK.',
  noNetworksInFeed: 'This feed lists no networks yet.',
  noNetworksForScope: 'No networks of the kinds chosen here.',
  coversRadius: (distance: string) => `Covers the area within ${distance} of its base`,
  coversArea: 'Covers the area drawn on the map',
  coversNation: 'Covers the whole UK',
  coversYourPlace: 'Covers your place',
  distanceAway: (distance: string) => `${distance} away`,
  website: 'Website',
  email: 'Email',
  phone: 'Phone',
  address: 'Address',
  /** The status after a search: how many networks cover the place. */
  networksCover: (count: number, place: string) => `${networks(count)} ${count === 1 ? 'covers' : 'cover'} ${place}`,
  answerHeading: (place: string) => `Networks for ${place}`,
  nearestHeading: 'Nearest other networks',
  noNetworkYet: (place: string) => `No local or regional network covers ${place} yet.`,
  noNetworkKind:
    'That is not the end of the road. Talk to the link worker at your GP practice, and to your local voluntary sector forum and volunteer centre: many link workers are already in touch with them. Make contact with other arts organisations, museums and libraries nearby to find out what is already happening.',
  noNetworkQuestion:
    'And if there is nothing near you yet: what role could you play in bringing such a network together?',
  activitiesShown: (count: number) => `${activities(count)} on the map, as the search finds them`,
  attributionLabel: 'Map data',
};
