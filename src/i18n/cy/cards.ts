import type { cards as english } from '../en/cards.js';

/** Welsh strings of an activity's card and its full record. */
export const cards: typeof english = {
  addToList: 'Ychwanegu at fy rhestr',
  onList: 'Ar fy rhestr',
  saveNamed: (words, title) => `${words}: ${title}`,
  listFullButton: 'Rhestr yn llawn',
  listFullNamed: (most, title) =>
    `Mae eich rhestr yn llawn (${most} gweithgaredd): tynnwch un oddi arni i ychwanegu ${title}`,
  moreAbout: (title) => `Am ${title}`,
  closeDetails: 'Cau',
  closeNamed: (title) => `Cau ${title}`,
  nextDatesTerm: 'Y dyddiadau nesaf',
  askForDates: 'Holwch y trefnydd pryd y bydd yn cwrdd nesaf.',
  phoneTerm: 'Ffôn',
};
