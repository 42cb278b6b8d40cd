import type { resources as english } from '../en/resources.js';
import { formatNumber, plural } from '../format.js';

// Welsh counts take the singular noun after a numeral: 1 adnodd, 3 adnodd, 12 adnodd.
const resourceCount = plural('cy-GB', { zero: () => 'Dim adnoddau', other: (n) => `${n} adnodd` });

/** Welsh strings of the resource list. */
export const resources: typeof english = {
  resourcesLabel: 'Adnoddau',
  resourcesFor: (what: string, audiences: string) => `${what} ar gyfer ${audiences}`,
  resourceSearchLabel: 'Chwilio adnoddau',
  resourceSearchHint: 'Er enghraifft: gweminar, gweithwyr cyswllt, hygyrch',
  resourceFilters: (chosen: number) =>
    chosen
      ? `Hidlo yn ôl math a chynulleidfa (${formatNumber('cy-GB', chosen)} wedi'u dewis)`
      : 'Hidlo yn ôl math a chynulleidfa',
  resourceTypeLegend: 'Math',
  resourceAudienceLegend: 'Ar gyfer pwy',
  resourceChoice: (label: string, count: number) => `${label} (${formatNumber('cy-GB', count)})`,
  resourceTypePortal: 'Pyrth',
  resourceTypeWebinar: 'Gweminarau',
  resourceTypeGuide: 'Canllawiau',
  resourceTypeNetwork: 'Rhwydweithiau',
  resourceTypeOrganisation: 'Sefydliadau',
  audienceCulturalOrganisations: 'Sefydliadau diwylliannol',
  audienceLinkWorkers: 'Gweithwyr cyswllt',
  audiencePublic: 'Y cyhoedd',
  resourceFor: (audiences: string) => `Ar gyfer ${audiences}`,
  forCulturalOrganisations: 'sefydliadau diwylliannol',
  forLinkWorkers: 'gweithwyr cyswllt',
  forPublic: 'y cyhoedd',
  registrationRequired: 'Rhaid cofrestru',
  nationalResource: 'Cenedlaethol',
  opensAnotherSite: '(yn agor gwefan arall)',
  resourcesShown: (shown: number, total: number) =>
    shown === total ? resourceCount(total) : `${formatNumber('cy-GB', shown)} o ${resourceCount(total)}`,
  resourcesPartial: "Does dim adnodd yn cynnwys pob un o'r geiriau hynny; mae rhai o'r geiriau yn y rhain.",
  noResourcesMatch: "Does dim adnoddau yn cyfateb i'ch chwiliad a'ch hidlwyr.",
  noResourcesWaysOut:
    'Rhowch gynnig ar lai o eiriau neu eiriau gwahanol, neu dewiswch ragor o fathau neu gynulleidfaoedd.',
  showAllResources: 'Dangos pob adnodd',
  noResourcesInFeed: 'Does dim adnoddau yma eto.',
};
