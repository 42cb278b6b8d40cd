/**
 * Every English word, as a widget reads them: the shared catalogue with the map's and the resource list's own
 * words (which those widgets add at run time, see src/i18n/locale.ts). The Welsh catalogue holds them all.
 */
import { en as shared, type Catalogue } from '../../src/i18n/en.js';
import { map } from '../../src/i18n/en/map.js';
import { resources } from '../../src/i18n/en/resources.js';

export { cy } from '../../src/i18n/cy.js';
export const en: Catalogue = { ...shared, ...map, ...resources };
