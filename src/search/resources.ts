/**
 * Searching resources: the generic index over a resource's title, type, audience and description,
 * then the visitor's type and audience choices, with how many resources each choice would show.
 * Pure: the same feed and request always give the same results.
 */
import {
  audiences,
  resourceTypes,
  type Audience,
  type Feed,
  type Resource,
  type ResourceType,
} from '../feed/schema.js';
import { createIndex, type IndexOptions, type SearchField, type SearchIndex } from './search-index.js';

/** The words for each type and audience, in the visitor's language, so "webinars" or "gweithwyr" find resources. */
export interface ResourceWords {
  type: (type: ResourceType) => string;
  audience: (audience: Audience) => string;
}

/** Where a word counts most: the title, then type, audience, description. */
export const resourceFieldWeights = { title: 5, type: 3, audience: 2, description: 1 };

export function resourceFields(words: ResourceWords): SearchField<Resource>[] {
  const weights = resourceFieldWeights;
  return [
    { name: 'title', weight: weights.title, text: (resource) => resource.title },
    { name: 'type', weight: weights.type, text: (resource) => words.type(resource.type) },
    { name: 'audience', weight: weights.audience, text: (resource) => resource.audience.map(words.audience) },
    { name: 'description', weight: weights.description, text: (resource) => resource.description },
  ];
}

const indexes = new WeakMap<Feed, WeakMap<ResourceWords, SearchIndex<Resource>>>();

/** The index of a feed's resources, made once per feed and language (pass the same `words` object each time). */
export function resourceIndex(feed: Feed, words: ResourceWords, options?: IndexOptions): SearchIndex<Resource> {
  let byWords = indexes.get(feed);
  if (!byWords) indexes.set(feed, (byWords = new WeakMap()));
  let index = byWords.get(words);
  if (!index) byWords.set(words, (index = createIndex(feed.resources, resourceFields(words), options)));
  return index;
}

export interface ResourceRequest {
  query?: string;
  /** Only these types; none means every type. */
  types?: readonly ResourceType[];
  /** Only resources for one of these audiences (a resource naming no audience is for everyone); none means all. */
  audiences?: readonly Audience[];
}

export interface ResourceResults {
  /** Best first with a query, else in feed order. */
  resources: Resource[];
  /** The indexed words that matched, for `highlight()`. */
  matched: ReadonlySet<string>;
  /** No resource has every word of the query; these have some. */
  partial: boolean;
  /** How many resources each type would show, with the query and audience choice as they are. */
  typeCounts: ReadonlyMap<ResourceType, number>;
  /** How many resources each audience would show, with the query and type choice as they are. */
  audienceCounts: ReadonlyMap<Audience, number>;
}

export const ofTypes = (resource: Resource, types: readonly ResourceType[]) =>
  types.length === 0 || types.includes(resource.type);

export const forAudiences = (resource: Resource, wanted: readonly Audience[]) =>
  wanted.length === 0 ||
  resource.audience.length === 0 ||
  resource.audience.some((audience) => wanted.includes(audience));

/** Searches and filters a feed's resources. */
export function findResources(feed: Feed, words: ResourceWords, request: ResourceRequest = {}): ResourceResults {
  const types = request.types ?? [];
  const wanted = request.audiences ?? [];
  const query = request.query?.trim() ?? '';
  const search = query ? resourceIndex(feed, words).search(query) : undefined;
  const found = search ? search.hits.map((hit) => hit.document) : feed.resources;
  const typeCounts = new Map(resourceTypes.map((type) => [type, 0]));
  const audienceCounts = new Map(audiences.map((audience) => [audience, 0]));
  const resources: Resource[] = [];
  for (const resource of found) {
    const rightType = ofTypes(resource, types);
    const rightAudience = forAudiences(resource, wanted);
    if (rightAudience) typeCounts.set(resource.type, typeCounts.get(resource.type)! + 1);
    if (rightType)
      for (const audience of audiences)
        if (forAudiences(resource, [audience])) audienceCounts.set(audience, audienceCounts.get(audience)! + 1);
    if (rightType && rightAudience) resources.push(resource);
  }
  return {
    resources,
    matched: search?.matched ?? new Set(),
    partial: search?.partial ?? false,
    typeCounts,
    audienceCounts,
  };
}

/** Resources grouped by type, in the order of `resourceTypes`; types with none are left out. */
export function groupByType(resources: readonly Resource[]): { type: ResourceType; resources: Resource[] }[] {
  return resourceTypes
    .map((type) => ({ type, resources: resources.filter((resource) => resource.type === type) }))
    .filter((group) => group.resources.length > 0);
}
