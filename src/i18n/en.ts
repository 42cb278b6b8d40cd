/**
 * The English catalogue: the source of every user-visible string. Other catalogues must have
 * exactly these keys (the type checks it, and a test checks it at run time).
 */
export const en = {
  feedLoading: 'Loading…',
  feedFailed: 'Sorry, this information could not be loaded just now. Please try again later.',
  tryAgain: 'Try again',
  staleSince: (date: string) => `Showing information as of ${date}; it could not be updated just now.`,
};

export type Catalogue = { readonly [K in keyof typeof en]: (typeof en)[K] };
