import raw from '../../geodata/plan/catalogue.json';
import { CatalogueSchema, type Catalogue } from './plan-schema.ts';

/** The plan 筑府发〔2025〕17号 as validated data; parsing at import makes a bad edit fail loudly and early. */
export const catalogue: Catalogue = CatalogueSchema.parse(raw);
