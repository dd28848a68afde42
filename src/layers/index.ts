import { type LayerDef } from './layer-def.ts';
import { chargingStations } from './charging-stations.ts';
import { districts } from './districts.ts';
import { parks } from './parks.ts';
import { pipeNetwork } from './pipe-network.ts';
import { structure } from './structure.ts';

/** Every map layer, in draw order (first = bottom). Adding a layer: one file, one line here. */
export const LAYERS: readonly LayerDef[] = [
  districts,
  structure,
  pipeNetwork,
  parks,
  chargingStations,
];

/** Looks a layer up by id. */
export function layerById(id: string): LayerDef | undefined {
  return LAYERS.find((layer) => layer.id === id);
}
