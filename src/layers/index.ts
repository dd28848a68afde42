import type { LayerDef } from './layer-def.ts';
import { chargingStations } from './charging-stations.ts';
import { districts } from './districts.ts';
import { parks } from './parks.ts';
import { pipeNetwork } from './pipe-network.ts';
import { structure } from './structure.ts';

/** Every shipped map layer, in draw order (first = bottom). Adding one: one file, one line. */
export const LAYERS: readonly LayerDef[] = [
  districts,
  structure,
  pipeNetwork,
  parks,
  chargingStations,
];

// Layers the planner imported (kept in IndexedDB), drawn above the shipped ones. Set by the
// app once the browser store has loaded them; lookups by id must find them like any other.
let importedLayers: readonly LayerDef[] = [];

/** Registers the layers made from the planner's imported datasets. */
export function setImportedLayers(layers: readonly LayerDef[]): void {
  importedLayers = layers;
}

/** The shipped layers followed by the imported ones. */
export function allLayers(): readonly LayerDef[] {
  return importedLayers.length ? [...LAYERS, ...importedLayers] : LAYERS;
}

/** Looks a layer up by id, shipped or imported. */
export function layerById(id: string): LayerDef | undefined {
  return LAYERS.find((layer) => layer.id === id) ?? importedLayers.find((layer) => layer.id === id);
}
