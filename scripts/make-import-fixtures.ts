// Regenerates the import fixtures from the built district boundaries:
//   npx tsx scripts/build-data.ts && npx tsx scripts/make-import-fixtures.ts
// writes
//   src/geo/__fixtures__/detect-frame/reference.geojson   3 districts (WGS84), the detection reference
//   src/geo/__fixtures__/detect-frame/in/*.json           sample coordinates in every frame
//   e2e/fixtures/*                                        files the browser stories drop, and
//   e2e/fixtures/import-cases.json                        what each must produce.
// The bytes come from src/import/__fixtures__/import-cases.ts, which the unit tests run too.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Position } from 'geojson';
import { format, resolveConfig } from 'prettier';
import { eachPosition } from '../src/geo/sample-positions.ts';
import { transformFromWgs84 } from '../src/geo/transform-position.ts';
import { FRAMES, type Frame } from '../src/model/frames.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const districtsFile = join(root, 'public/data/districts.geojson');
const detectDir = join(root, 'src/geo/__fixtures__/detect-frame');
const e2eDir = join(root, 'e2e/fixtures');

/** The file-name form of a frame: `EPSG:4545` → `epsg-4545`, `GCJ-02` → `gcj-02`. */
export const frameSlug = (frame: Frame) => frame.toLowerCase().replace(':', '-');

/** Writes a file; .json files as Prettier prints them, so `npm run check` stays green. */
async function write(file: string, data: string | Uint8Array) {
  mkdirSync(dirname(file), { recursive: true });
  if (file.endsWith('.json')) {
    const text = typeof data === 'string' ? data : new TextDecoder().decode(data);
    data = await format(text, { ...(await resolveConfig(file)), parser: 'json' });
  }
  writeFileSync(file, data);
  console.log(`wrote ${file.slice(root.length)}`);
}

if (!existsSync(districtsFile)) {
  console.error(`${districtsFile} is missing: run npx tsx scripts/build-data.ts first`);
  process.exit(1);
}
const districts = JSON.parse(readFileSync(districtsFile, 'utf8')) as FeatureCollection;

// 1. The reference: 南明, 云岩, 白云 with every vertex (detection compares vertex to vertex).
const reference: FeatureCollection = {
  type: 'FeatureCollection',
  features: districts.features
    .filter((f) => ['520102', '520103', '520113'].includes(String(f.id)))
    .map((f) => ({
      type: 'Feature',
      id: f.id,
      properties: { id: f.properties?.id, name: f.properties?.name },
      geometry: f.geometry,
    })),
};
await write(join(detectDir, 'reference.geojson'), `${JSON.stringify(reference)}\n`);

// 2. Samples: every 12th boundary vertex of 云岩 and 南明, in each frame; plus cases that
//    must not be taken for a supported frame.
const vertices: Position[] = [];
for (const f of reference.features.filter((f) => f.id !== '520113')) {
  let i = 0;
  eachPosition(f.geometry, (p) => void (i++ % 12 === 0 && vertices.push(p)));
}
const samples: Record<string, Position[]> = {};
for (const frame of FRAMES) samples[frameSlug(frame)] = vertices.map(transformFromWgs84(frame));
samples['swapped-latlon'] = vertices.map(([x, y]) => [y!, x!]);
samples['web-mercator'] = vertices.map(([x, y]) => [
  Math.round(6378137 * x! * (Math.PI / 180)),
  Math.round(6378137 * Math.log(Math.tan(Math.PI / 4 + (y! * Math.PI) / 360))),
]);
// The 6-degree zone 18 (central meridian 105°E) with its zone number: not supported.
samples['gauss-kruger-6-degree-zone-18'] = samples['epsg-4544']!.map(([x, y]) => [
  x! + 18_000_000,
  y!,
]);
// Parcels inside districts, far from any boundary: the offset cannot be told.
samples['interior-points-wgs84'] = [
  [106.66, 26.6],
  [106.665, 26.605],
  [106.67, 26.61],
  [106.69, 26.58],
  [106.72, 26.55],
];
// Central Beijing: degrees, but nowhere near the reference.
samples['outside-guiyang-wgs84'] = [
  [116.391, 39.907],
  [116.397, 39.909],
  [116.404, 39.915],
];
for (const [name, positions] of Object.entries(samples)) {
  await write(join(detectDir, 'in', `${name}.json`), `${JSON.stringify(positions)}\n`);
}

// 3. The e2e files, from the same cases the unit tests run (imported after step 1 wrote the
//    reference they are built from).
const { IMPORT_CASES } = await import('../src/import/__fixtures__/import-cases.ts');
const manifest = [];
for (const c of IMPORT_CASES.filter((k) => k.e2e)) {
  await write(join(e2eDir, c.fileName), c.bytes());
  manifest.push({ file: c.fileName, expect: c.expect });
}
await write(join(e2eDir, 'import-cases.json'), `${JSON.stringify(manifest, null, 2)}\n`);
