// A strict TypeScript app using the package by its name, as a developer's would: the root entry, the feed
// entry and a define module, each typed from the shipped .d.ts files (type-checked without skipLibCheck).
import { FeedError, parseFeed, SelectEvent, type AnySelectEvent, type Feed } from 'linkwork';
import { registerLocale } from 'linkwork/cdn/linkwork.js';
import 'linkwork/define/lw-activity-search.js';
import { feedJsonSchema, readSources, type Problem } from 'linkwork/feed';

const { feed, problems }: { feed: Feed; problems: Problem[] } = parseFeed({ version: 1, activities: [] });
export const titles: string[] = feed.activities.map((activity) => activity.title);
export const reasons: string[] = problems.map((problem) => problem.reason);
export const schemaId = feedJsonSchema.$id;
export const harvest = readSources([{ url: 'https://example.org/feed.json', format: 'linkwork' }]);
export const isFeedError = (error: unknown): error is FeedError => error instanceof FeedError;

const search = document.createElement('lw-activity-search');
search.pageSize = 10;
search.addEventListener('lw-select', (event: AnySelectEvent) => {
  if (event.kind === 'activity') console.log(event.record.title);
});
export const selectName: string = SelectEvent.eventName;
// The CDN script's one export is typed too (package.json gives it dist/cdn.d.ts).
export const addIrish = () => registerLocale('ga', { categoryDance: 'Damhsa' });
