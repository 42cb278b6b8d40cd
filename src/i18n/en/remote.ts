import { plural } from '../format.js';

/** Strings of a directory searched where it lives (`search="remote"`). */
export const remote = {
  remoteSearching: 'Searching the directory…',
  remoteFilteredWithin: plural('en-GB', {
    one: (n) => `Filtered within the first ${n} result: the directory cannot apply every filter itself.`,
    other: (n) => `Filtered within the first ${n} results: the directory cannot apply every filter itself.`,
  }),
  remoteLookFurther: 'Look further',
  remoteMore: 'Show more results',
  remoteFailed: 'The directory did not answer. The results shown are from before.',
  remoteTimeout: 'The directory took too long to answer. The results shown are from before.',
};
