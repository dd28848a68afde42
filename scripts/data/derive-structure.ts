import area from '@turf/area';
import difference from '@turf/difference';
import union from '@turf/union';
import { featureCollection, polygon as toPolygon } from '@turf/helpers';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { featureIdOf } from '../../src/geo/validate-geojson.ts';

/**
 * Parts and holes smaller than this are artefacts, not geography: the source boundaries are
 * quantised to 1/1024°, so neighbouring districts leave hairline gaps and slivers that a
 * union turns into dozens of tiny rings. The smallest real part here is far above 1 km².
 */
export const SLIVER_AREA_M2 = 500_000;

/** Drops sliver parts and holes from a (multi)polygon; returns a Polygon when one part is left. */
export function dropSlivers(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = polygons
    .map((rings) => rings.filter((ring) => area(toPolygon([ring])) >= SLIVER_AREA_M2))
    .filter((rings) => rings.length > 0 && area(toPolygon([rings[0]!])) >= SLIVER_AREA_M2);
  return kept.length === 1
    ? { type: 'Polygon', coordinates: kept[0]! }
    : { type: 'MultiPolygon', coordinates: kept };
}

/**
 * How an element of the spatial structure gets its geometry from other datasets:
 * - `{union: [ids], minus?: [element ids]}`: the districts the document names as the focus
 *   (一核 以云岩区、南明区为重点), merged, less other elements' shapes drawn on their own (the
 *   eastern centre lies in 南明区 and is not drawn inside the core);
 * - `{seatOf: id}`: the district's label point (多组团, a county seat);
 * - `{shapeOf: id}`: the shape of a feature of the `places` collection (the eastern centre is
 *   the parks layer's 双龙航空港经济区: one place, one shape).
 */
export type StructureDerivation =
  { union: string[]; minus?: string[] } | { seatOf: string } | { shapeOf: string };

/**
 * Fills in the geometry of spatial-structure elements that the plan defines by other places
 * (see {@link StructureDerivation}); elements with their own geometry pass through. Throws
 * naming the element and what is missing, so a bad id stops the build.
 */
export function deriveStructure(
  elements: FeatureCollection,
  districts: FeatureCollection,
  places: FeatureCollection = { type: 'FeatureCollection', features: [] },
): FeatureCollection {
  const byId = new Map<string, Feature>();
  for (const d of districts.features) {
    const id = featureIdOf(d);
    if (id) byId.set(id, d);
  }
  const district = (elementId: string, id: string) => {
    const found = byId.get(id);
    if (!found) throw new Error(`structure element ${elementId}: district ${id} not found`);
    return found;
  };
  const place = (elementId: string, placeId: string) => {
    const found = places.features.find((f) => featureIdOf(f) === placeId);
    if (!found?.geometry)
      throw new Error(`structure element ${elementId}: place ${placeId} not found`);
    return found as Feature<Polygon | MultiPolygon>;
  };
  // Shapes first (other elements subtract them), then the rest in file order.
  const derived = new Map<string, Feature>();
  const derive = (element: Feature): Feature => {
    const id = featureIdOf(element) ?? '?';
    const { derive: how, ...properties } = (element.properties ?? {}) as {
      derive?: StructureDerivation;
    };
    if (!how) return { ...element, properties };
    if ('shapeOf' in how) {
      return { type: 'Feature', id, properties, geometry: place(id, how.shapeOf).geometry };
    }
    if ('union' in how) {
      const parts = how.union.map((d) => district(id, d) as Feature<Polygon | MultiPolygon>);
      // turf's union refuses a single input; one district is its own union.
      let merged = parts.length === 1 ? parts[0] : union(featureCollection(parts));
      if (!merged) throw new Error(`structure element ${id}: union of ${how.union} is empty`);
      for (const other of how.minus ?? []) {
        const shape = derived.get(other);
        if (!shape) throw new Error(`structure element ${id}: element ${other} not drawn first`);
        merged = difference(featureCollection([merged, shape as Feature<Polygon | MultiPolygon>]));
        if (!merged) throw new Error(`structure element ${id}: nothing left after ${other}`);
      }
      return { type: 'Feature', id, properties, geometry: dropSlivers(merged.geometry) };
    }
    const seat = district(id, how.seatOf).properties?.seat as Position | undefined;
    if (!seat) throw new Error(`structure element ${id}: district ${how.seatOf} has no seat`);
    return { type: 'Feature', id, properties, geometry: { type: 'Point', coordinates: seat } };
  };
  const order = [...elements.features].sort((a, b) => Number(!isShape(a)) - Number(!isShape(b)));
  for (const element of order) derived.set(featureIdOf(element) ?? '?', derive(element));
  return featureCollection(elements.features.map((e) => derived.get(featureIdOf(e) ?? '?')!));
}

/** Whether an element takes its shape from elsewhere (derived before those that subtract it). */
function isShape(element: Feature): boolean {
  const how = element.properties?.derive as StructureDerivation | undefined;
  return !how || 'shapeOf' in how;
}
