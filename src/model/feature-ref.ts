/** A feature, named by its layer and its stable id (e.g. `districts` / `520115`). */
export interface FeatureRef {
  layer: string;
  id: string;
}

/** A camera position as the URL stores it. */
export interface View {
  center: [number, number];
  zoom: number;
  bearing: number;
}

/** `[west, south, east, north]` in degrees. */
export type Bounds = [number, number, number, number];

/** `layer:id`, the key a feature goes by in URLs, search and lookups. */
export function refKey(ref: FeatureRef): string {
  return `${ref.layer}:${ref.id}`;
}
