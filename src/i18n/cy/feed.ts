import type { feed as en } from '../en/feed.js';

export const feed: typeof en = {
  feedLoading: 'Yn llwytho…',
  feedFailed:
    "Mae'n ddrwg gennym, nid oedd modd llwytho'r wybodaeth hon ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen.",
  feedFailedTimeout:
    "Mae'n ddrwg gennym, mae'r wybodaeth yn cymryd gormod o amser i gyrraedd. Rhowch gynnig arall arni.",
  feedUnavailable: "Nid yw'r rhestr hon ar gael.",
  tryAgain: 'Rhowch gynnig arall arni',
  staleSince: (date: string) =>
    `Yn dangos gwybodaeth fel yr oedd ar ${date}; nid oedd modd ei diweddaru ar hyn o bryd.`,
};
