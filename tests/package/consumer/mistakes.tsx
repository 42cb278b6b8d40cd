// What the types refuse (each line must stay an error, or tsc fails on the unused @ts-expect-error).
import type {} from 'linkwork/jsx';

export const mistakes = (
  <>
    {/* @ts-expect-error page-size is a number */}
    <lw-activity-search page-size="ten" />
    {/* @ts-expect-error layout is 'cards' or 'compact' */}
    <lw-resource-list layout="grid" />
    {/* @ts-expect-error an lw-search event has no record */}
    <lw-activity-search onlw-search={(event) => event.record} />
    {/* @ts-expect-error an lw-source's format is linkwork, openreferral or openactive */}
    <lw-source src="/services" format="oruk" />
    {/* @ts-expect-error no such attribute */}
    <lw-feed srcs="/feed.json" />
  </>
);
