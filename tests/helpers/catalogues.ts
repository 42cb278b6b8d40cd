/**
 * Every word of each built-in language, as a widget reads them: the shared catalogue with the map's and the
 * resource list's own words (which those widgets add at run time, see src/i18n/locale.ts).
 */
import { cy as sharedCy } from '../../src/i18n/cy.js';
import { map as cyMap } from '../../src/i18n/cy/map.js';
import { resources as cyResources } from '../../src/i18n/cy/resources.js';
import { en as sharedEn, type Catalogue } from '../../src/i18n/en.js';
import { map as enMap } from '../../src/i18n/en/map.js';
import { resources as enResources } from '../../src/i18n/en/resources.js';

export const en: Catalogue = { ...sharedEn, ...enMap, ...enResources };
export const cy: Catalogue = { ...sharedCy, ...cyMap, ...cyResources };
