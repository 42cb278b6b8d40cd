/** Strings about loading the feed, shared by every widget. */
export const feed = {
  feedLoading: 'Loading…',
  feedFailed: 'Sorry, this information could not be loaded just now. Please try again later.',
  feedFailedTimeout: 'Sorry, the information is taking too long to arrive. Please try again.',
  feedUnavailable: 'This list is not available.',
  tryAgain: 'Try again',
  staleSince: (date: string) => `Showing information as of ${date}; it could not be updated just now.`,
};
