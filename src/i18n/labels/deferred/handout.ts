/**
 * Words of the comparison's printed handout that the element shows too: each message declared
 * once, here. Call these while rendering.
 */
import { msg } from '../../localize.js';

export const scenariosHeading = (): string => msg('Scenarioene', { id: 'compare.print.scenarios' });

export const sourcesLabel = (): string => msg('Kilder:', { id: 'compare.print.sources' });
