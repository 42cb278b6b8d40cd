import { formatNumber, plural } from '../format.js';

const resourceCount = plural('en-GB', { one: (n) => `${n} resource`, other: (n) => `${n} resources` });

/** Strings of the resource list: its controls, groups, badges and states. */
export const resources = {
  resourcesLabel: 'Resources',
  /** The name of a list chosen for some audiences: `Guides for link workers`. */
  resourcesFor: (what: string, audiences: string) => `${what} for ${audiences}`,
  resourceSearchLabel: 'Search resources',
  resourceSearchHint: 'For example: webinar, link workers, accessible',
  /** The summary that folds the filters away in the compact layout, with how many are chosen. */
  resourceFilters: (chosen: number) =>
    chosen ? `Filter by type and audience (${formatNumber('en-GB', chosen)} chosen)` : 'Filter by type and audience',
  resourceTypeLegend: 'Type',
  resourceAudienceLegend: 'Who it is for',
  /** A filter choice with how many resources it would show: `Guides (7)`. */
  resourceChoice: (label: string, count: number) => `${label} (${formatNumber('en-GB', count)})`,
  resourceTypePortal: 'Portals',
  resourceTypeWebinar: 'Webinars',
  resourceTypeGuide: 'Guides',
  resourceTypeNetwork: 'Networks',
  resourceTypeOrganisation: 'Organisations',
  audienceCulturalOrganisations: 'Cultural organisations',
  audienceLinkWorkers: 'Link workers',
  audiencePublic: 'The public',
  /** Who a resource is for, in a sentence: `For cultural organisations and link workers`. */
  resourceFor: (audiences: string) => `For ${audiences}`,
  forCulturalOrganisations: 'cultural organisations',
  forLinkWorkers: 'link workers',
  forPublic: 'the public',
  registrationRequired: 'Registration required',
  nationalResource: 'National',
  opensAnotherSite: '(opens another website)',
  /** The count announced and shown above the list: `12 resources`, `5 of 12 resources`. */
  resourcesShown: (shown: number, total: number) =>
    shown === total ? resourceCount(total) : `${formatNumber('en-GB', shown)} of ${resourceCount(total)}`,
  resourcesPartial: 'No resource has all of those words; these have some of them.',
  noResourcesMatch: 'No resources match your search and filters.',
  noResourcesWaysOut: 'Try fewer or different words, or choose more types or audiences.',
  showAllResources: 'Show all resources',
  noResourcesInFeed: 'There are no resources here yet.',
};
