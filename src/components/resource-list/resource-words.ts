import type { Audience, ResourceType } from '../../feed/schema.js';
import type { Catalogue } from '../../i18n/en.js';
import type { ResourceWords } from '../../search/resources.js';

/** The heading of each group of resources: `Guides`. */
export function typeLabel(msg: Catalogue, type: ResourceType): string {
  return {
    portal: msg.resourceTypePortal,
    webinar: msg.resourceTypeWebinar,
    guide: msg.resourceTypeGuide,
    network: msg.resourceTypeNetwork,
    organisation: msg.resourceTypeOrganisation,
  }[type];
}

/** An audience as a filter choice: `Link workers`. */
export function audienceLabel(msg: Catalogue, audience: Audience): string {
  return {
    'cultural-organisations': msg.audienceCulturalOrganisations,
    'link-workers': msg.audienceLinkWorkers,
    public: msg.audiencePublic,
  }[audience];
}

/** An audience inside a sentence: `link workers`. */
export function audienceInSentence(msg: Catalogue, audience: Audience): string {
  return {
    'cultural-organisations': msg.forCulturalOrganisations,
    'link-workers': msg.forLinkWorkers,
    public: msg.forPublic,
  }[audience];
}

const words = new WeakMap<Catalogue, ResourceWords>();

/** The words the search finds types and audiences by, one object per language (the index is kept per object). */
export function resourceWords(msg: Catalogue): ResourceWords {
  let found = words.get(msg);
  if (!found)
    words.set(
      msg,
      (found = { type: (type) => typeLabel(msg, type), audience: (audience) => audienceLabel(msg, audience) }),
    );
  return found;
}
