import area from '@turf/area';
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

/** How an element of the spatial structure gets its geometry from the districts. */
export type StructureDerivation = { union: string[] } | { seatOf: string };

/**
 * Fills in the geometry of spatial-structure elements that the plan defines by districts:
 * `{union: [ids]}` merges those district polygons (一核 = 云岩 + 南明), `{seatOf: id}` takes
 * the district's seat point (多组团). Elements with their own geometry pass through.
 * Throws naming the element and the missing district, so a bad id stops the build.
 */
export function deriveStructure(
  elements: FeatureCollection,
  districts: FeatureCollection,
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
  return featureCollection(
    elements.features.map((element) => {
      const id = featureIdOf(element) ?? '?';
      const { derive, ...properties } = (element.properties ?? {}) as {
        derive?: StructureDerivation;
      };
      if (!derive) return { ...element, properties };
      if ('union' in derive) {
        const parts = derive.union.map((d) => district(id, d) as Feature<Polygon | MultiPolygon>);
        // turf's union refuses a single input; one district is its own union.
        const merged = parts.length === 1 ? parts[0] : union(featureCollection(parts));
        if (!merged) throw new Error(`structure element ${id}: union of ${derive.union} is empty`);
        return { type: 'Feature', id, properties, geometry: dropSlivers(merged.geometry) };
      }
      const seat = district(id, derive.seatOf).properties?.seat as Position | undefined;
      if (!seat) throw new Error(`structure element ${id}: district ${derive.seatOf} has no seat`);
      return { type: 'Feature', id, properties, geometry: { type: 'Point', coordinates: seat } };
    }),
  );
}
