/**
 * Writes a sample dataset of any size, for benchmarks and tests; the same arguments give the
 * same file, byte for byte.
 *   npm run generate:samples -- --kind pipes --count 1000000 --seed 1 --out /tmp/pipes.geojson
 *   npm run generate:samples -- --kind stations --count 10000 --out /tmp/stations.geojson
 * The districts (and townships) come from a data build of `--geodata` (default geodata/).
 * Features are written one per line as they are made, so 10^6 segments need little memory.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Feature } from 'geojson';
import { buildDatasets } from './data/build-datasets.ts';
import { formatDataIssue } from '../src/geo/validate-geojson.ts';
import { generateChargingStations } from './samples/generate-charging-stations.ts';
import { pipeSegments } from './samples/generate-pipe-network.ts';

const { values } = parseArgs({
  options: {
    kind: { type: 'string' },
    count: { type: 'string' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    geodata: { type: 'string', default: 'geodata' },
  },
});

const fail = (message: string): never => {
  console.error(`generate-samples: ${message}`);
  process.exit(2);
};
const kind = values.kind;
if (kind !== 'pipes' && kind !== 'stations') fail('--kind must be pipes or stations');
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1) fail('--count must be a positive integer');
if (!Number.isInteger(seed) || seed < 0) fail('--seed must be a non-negative integer');
if (!values.out) fail('--out FILE is required');

const started = performance.now();
const { datasets, tables, issues } = buildDatasets(resolve(values.geodata!), {
  only: ['districts', 'townships'],
});
if (issues.length > 0)
  fail(`the inputs do not build:\n  ${issues.map(formatDataIssue).join('\n  ')}`);
const districts = datasets.find((d) => d.meta.id === 'districts')!.collection;
const townships = tables.find((t) => t.meta.id === 'townships')?.rows ?? [];

const features: Iterable<Feature> =
  kind === 'pipes'
    ? pipeSegments({ seed, count, districts })
    : generateChargingStations({ seed, count, districts, townships }).features;

const out = resolve(values.out!);
const fd = openSync(out, 'w');
// Buffered: one write per ~1 MB instead of one per feature.
let buffer = '{"type":"FeatureCollection","features":[\n';
let written = 0;
for (const feature of features) {
  buffer += `${written++ > 0 ? ',\n' : ''}${JSON.stringify(feature)}`;
  if (buffer.length > 1 << 20) {
    writeSync(fd, buffer);
    buffer = '';
  }
}
writeSync(fd, `${buffer}\n]}\n`);
closeSync(fd);
console.log(
  `Wrote ${written} ${kind} (seed ${seed}) to ${out} in ${Math.round(performance.now() - started)} ms`,
);
