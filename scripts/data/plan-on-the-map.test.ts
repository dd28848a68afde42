import { join } from 'node:path';
import area from '@turf/area';
import { featureCollection } from '@turf/helpers';
import union from '@turf/union';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../src/layers/index.ts';
import { catalogue } from '../../src/plan/catalogue.ts';
import { links } from '../../src/plan/links.ts';
import { featuresForPlanItem } from '../../src/plan/features-for-plan-item.ts';
import { buildDatasets } from './build-datasets.ts';

// Held against the built data (the real geodata/ folder, as `npm run data` builds it).
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { datasets, issues } = buildDatasets(join(ROOT, 'geodata'));
const built = (layerId: string) => {
  const layer = LAYERS.find((l) => l.id === layerId);
  return datasets.find((d) => d.meta.id === layer?.dataset);
};

/** The measures about the whole city's policy, which have no place on the map. */
const CITY_WIDE_POLICY = ['1-1', '1-6', '1-7', '2-3'];

describe('the whole plan is on the map', () => {
  it('builds the real data without a problem', () => {
    expect(issues).toEqual([]);
  });

  it.each(catalogue.measures.filter((m) => !CITY_WIDE_POLICY.includes(m.id)).map((m) => m.id))(
    'measure %s links to at least one feature that the build drew',
    (id) => {
      const places = featuresForPlanItem({ type: 'measure', id }, catalogue, links);
      const drawn = places.filter((s) => {
        const features = built(s.layer)?.collection.features ?? [];
        return s.all
          ? features.length > 0
          : s.ids.some((fid) => features.some((f) => String(f.id) === fid));
      });
      expect(drawn.length, `measure ${id}`).toBeGreaterThan(0);
    },
  );

  it('links the four whole-city policy measures to the whole city only', () => {
    for (const id of CITY_WIDE_POLICY)
      expect(featuresForPlanItem({ type: 'measure', id }, catalogue, links)).toEqual([]);
  });
});

describe('nothing the document does not say is marked real', () => {
  it('marks every element of the spatial structure schematic, on the map and in the manifest', () => {
    const structure = built('structure')!;
    expect(structure.meta.provenance).toBe('schematic');
    for (const f of structure.collection.features)
      expect(f.properties?.provenance, String(f.id)).toBe('schematic');
  });

  it('keeps the real district boundaries real under them', () => {
    expect(built('districts')!.meta.provenance).toBe('real');
  });

  it('marks every feature of a sample or schematic dataset as such, never real', () => {
    for (const { meta, collection } of datasets) {
      if (meta.provenance === 'real') continue;
      for (const f of collection.features)
        expect(f.properties?.provenance, `${meta.id}:${f.id}`).not.toBe('real');
    }
  });

  it('draws no centre inside the core: 一核 and the eastern centre do not overlap', () => {
    const structure = built('structure')!.collection.features;
    const east = structure.find((f) => f.id === 'centre-east')!;
    const core = structure.find((f) => f.id === 'core')!;
    const zone = built('parks')!.collection.features.find((f) => f.id === 'zone-shuanglong')!;
    // One place, one shape: the eastern centre is the zone's own shape.
    expect(east.geometry).toEqual(zone.geometry);
    // Disjoint: the union's area is the sum of both (to 1 %), so neither lies inside the other.
    const both = union(featureCollection([core, east] as Feature<Polygon | MultiPolygon>[]))!;
    expect(area(both) / (area(core) + area(east))).toBeGreaterThan(0.99);
  });

  it('names only the clusters the document names (开阳、息烽、修文县城); 清镇 is a potential area, not a cluster', () => {
    const clusters = built('structure')!
      .collection.features.filter((f) => f.properties?.role === 'cluster')
      .map((f) => f.id);
    expect(clusters.sort()).toEqual(['cluster-kaiyang', 'cluster-xifeng', 'cluster-xiuwen']);
  });
});
