import type { Catalogue } from './en.js';

/** The Welsh catalogue. */
export const cy: Catalogue = {
  feedLoading: 'Yn llwytho…',
  feedFailed: "Mae'n ddrwg gennym, nid oedd modd llwytho'r wybodaeth hon ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen.",
  tryAgain: 'Rhowch gynnig arall arni',
  staleSince: (date: string) => `Yn dangos gwybodaeth fel yr oedd ar ${date}; nid oedd modd ei diweddaru ar hyn o bryd.`,
};
