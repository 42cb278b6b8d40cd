/** Strings for feeds read from Open Referral UK and OpenActive: built-in category names, partial loads. */
export const adapters = {
  // Names of the built-in categories that common activity words map to (see feed/adapters/categories.ts).
  categoryArts: 'Arts and crafts',
  categoryMusic: 'Music and singing',
  categoryDance: 'Dance',
  categoryWalking: 'Walking',
  categoryGardening: 'Gardening',
  categorySwimming: 'Swimming',
  categoryFootball: 'Football',
  categoryCooking: 'Cooking and healthy eating',
  categoryVolunteering: 'Volunteering',
  categoryBefriending: 'Befriending',
  categoryReading: 'Reading and books',
  categoryFitness: 'Fitness and exercise',
  categorySport: 'Sport',
  categoryNature: 'Nature and outdoors',
  categoryHeritage: 'Museums and heritage',
  feedPartial:
    'Some of this information could not be loaded just now, so this list may be incomplete. Please try again later.',
};
