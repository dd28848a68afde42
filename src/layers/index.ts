import type { LayerModule } from './layer-module.ts';
import { charging } from './charging/index.ts';
import { districts } from './districts.ts';
import { parks } from './parks/index.ts';
import { pipes } from './pipes/index.ts';
import { structure } from './structure.ts';

/** Every shipped map layer, in draw order (first = bottom). Adding one: one module, one line. */
export const LAYERS: readonly LayerModule[] = [districts, structure, pipes, parks, charging];
