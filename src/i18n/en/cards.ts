/** Strings of an activity's card and its full record: saving it, its next dates, how fresh it is. */
export const cards = {
  addToList: 'Add to my list',
  onList: 'On my list',
  /** After the button's words, for screen readers: "Add to my list: Community choir". */
  saveNamed: (words: string, title: string) => `${words}: ${title}`,
  /** On the button of an activity not on a list that is full. */
  listFullButton: 'List full',
  listFullNamed: (most: string, title: string) =>
    `Your list is full (${most} activities): take one off to add ${title}`,
  moreAbout: (title: string) => `About ${title}`,
  closeDetails: 'Close',
  closeNamed: (title: string) => `Close ${title}`,
  nextDatesTerm: 'Next dates',
  askForDates: 'Ask the organiser when it next meets.',
  phoneTerm: 'Phone',
};
