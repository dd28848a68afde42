import raw from '../../geodata/plan/catalogue.json';
import type { Catalogue } from './plan-schema.ts';

/**
 * The plan 筑府发〔2025〕17号 as data. Checked against `CatalogueSchema` by the data build
 * (scripts/data/validate-built-plan-links.ts) and the unit tests, so a bad edit fails there,
 * loudly and early; the app takes the checked file as it is.
 */
export const catalogue = raw as Catalogue;
