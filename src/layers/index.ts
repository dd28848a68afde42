import { charging } from './charging/index.ts';
import { commute } from './commute/index.ts';
import { districts } from './districts.ts';
import { floodPoints } from './flood-points/index.ts';
import { housingProjects } from './housing-projects/index.ts';
import { namedProjects } from './named-projects/index.ts';
import type { LayerModule } from './layer-module.ts';
import { parks } from './parks/index.ts';
import { pipes } from './pipes/index.ts';
import { populationContext } from './population/index.ts';
import { publicServices } from './public-services/index.ts';
import { renewalSites } from './renewal-sites/index.ts';
import { structure } from './structure.ts';
import { transport } from './transport/index.ts';
import { waterWorks } from './water-works/index.ts';

/** Every shipped map layer, in draw order (first = bottom). Adding one: one module, one line. */
export const LAYERS: readonly LayerModule[] = [
  districts,
  populationContext,
  commute,
  structure,
  pipes,
  transport,
  parks,
  renewalSites,
  housingProjects,
  publicServices,
  waterWorks,
  floodPoints,
  namedProjects,
  charging,
];
