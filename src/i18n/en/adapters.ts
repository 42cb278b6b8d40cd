/** Strings for feeds read from Open Referral UK and OpenActive: built-in category names, partial loads. */
export const adapters = {
  /** Names of the built-in categories that common activity words map to. */
  categoryNames: {
    arts: 'Arts and crafts',
    music: 'Music and singing',
    dance: 'Dance',
    walking: 'Walking',
    gardening: 'Gardening',
    swimming: 'Swimming',
    football: 'Football',
    cooking: 'Cooking and healthy eating',
    volunteering: 'Volunteering',
    befriending: 'Befriending',
    reading: 'Reading and books',
    fitness: 'Fitness and exercise',
    sport: 'Sport',
    nature: 'Nature and outdoors',
    heritage: 'Museums and heritage',
  },
  feedPartial: 'Some of this information could not be loaded just now, so this list may be incomplete. Please try again later.',
};
