/** Map layers of imported data are `imported-<id>`; their dataset has the same id. */
export const IMPORTED_LAYER_PREFIX = 'imported-';

/** The map layer (and dataset) id of an imported dataset's store id. */
export function importedLayerId(storeId: string): string {
  return `${IMPORTED_LAYER_PREFIX}${storeId}`;
}

/** Whether a layer id belongs to an imported dataset. */
export function isImportedLayerId(layerId: string): boolean {
  return layerId.startsWith(IMPORTED_LAYER_PREFIX);
}
