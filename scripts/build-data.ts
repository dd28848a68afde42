/**
 * The data build: `geodata/` → validated, reprojected `public/data/*.geojson`, tables as
 * `public/data/*.json` (the township list), plus `public/data/manifest.json` and the checked
 * plan (`public/data/plan.json`). Stops (exit 1) naming file, feature and rule on any problem.
 *   tsx scripts/build-data.ts [--validate-only] [--geodata DIR] [--out DIR]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDatasets } from './data/build-datasets.ts';
import { writeDatasetTiles } from './data/dataset-tiles.ts';
import { SUMMARIZERS } from './data/feature-contracts.ts';
import { writeGeojson } from './data/write-geojson.ts';
import { validateBuiltPlanLinks } from './data/validate-built-plan-links.ts';
import { formatDataIssueReport } from '../src/geo/validate-geojson.ts';
import { catalogue } from '../src/plan/catalogue.ts';
import { links } from '../src/plan/links.ts';
import type { DataManifest } from '../src/model/manifest.ts';

const { values } = parseArgs({
  options: {
    'validate-only': { type: 'boolean', default: false },
    geodata: { type: 'string', default: 'geodata' },
    out: { type: 'string', default: 'public/data' },
  },
});

const started = performance.now();
const geodataDir = resolve(values.geodata!);
const { datasets, tables, issues, warnings } = buildDatasets(geodataDir);
const linkErrors = issues.length === 0 ? validateBuiltPlanLinks(datasets) : [];

// Warnings first: when the build also fails, the data's other oddities are in the same report.
if (warnings.length > 0) {
  console.error(`Data build: ${warnings.length} warning(s), not stopping the build:`);
  for (const line of formatDataIssueReport(warnings)) console.error(`  ${line}`);
}
if (issues.length > 0 || linkErrors.length > 0) {
  // Grouped by file, rule and property, a few features each: a city file with thousands of
  // problems gives a report that fits a screen, and the count says how many there are.
  console.error(`Data build failed: ${issues.length + linkErrors.length} problem(s)`);
  for (const line of formatDataIssueReport(issues)) console.error(`  ${line}`);
  for (const error of linkErrors) console.error(`  ${error}`);
  process.exit(1);
}

if (!values['validate-only']) {
  const outDir = resolve(values.out!);
  mkdirSync(outDir, { recursive: true });
  const builtAt = new Date().toISOString();
  const manifest: DataManifest = { datasets: {}, tables: {} };
  for (const { meta, collection } of datasets) {
    const url = `data/${meta.id}.geojson`;
    writeGeojson(join(outDir, `${meta.id}.geojson`), collection);
    manifest.datasets[meta.id] = { ...meta, url, builtAt };
    // Large layers are drawn from tiles; the GeoJSON stays for downloads and the peers.
    const tiles = writeDatasetTiles(meta, collection, outDir);
    if (tiles) manifest.datasets[meta.id]!.tiles = tiles;
    // Rows the layer's figures read instead of the features (e.g. pipe km by type and year).
    const summarize = SUMMARIZERS.get(meta.id);
    if (summarize) {
      writeFileSync(join(outDir, `${meta.id}-summary.json`), JSON.stringify(summarize(collection)));
      manifest.datasets[meta.id]!.summaryUrl = `data/${meta.id}-summary.json`;
    }
  }
  // Tables have no geometry, so they are plain JSON arrays of rows, not GeoJSON.
  for (const { meta, rows } of tables) {
    const url = `data/${meta.id}.json`;
    writeFileSync(join(outDir, `${meta.id}.json`), JSON.stringify(rows));
    manifest.tables[meta.id] = { ...meta, url, builtAt };
  }
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  // The plan's measures, indicators and links, checked above: fetched by the pages beside their
  // scripts (preloaded), not bundled into them (~25 KB gzip of every page's first JS).
  writeFileSync(join(outDir, 'plan.json'), JSON.stringify({ catalogue, links }));
}
const summary = [
  ...datasets.map((d) => `${d.meta.id} (${d.meta.featureCount}, ${d.meta.provenance})`),
  ...tables.map((t) => `${t.meta.id} (${t.meta.rowCount} rows, ${t.meta.provenance})`),
];
console.log(
  `Data ${values['validate-only'] ? 'valid' : 'built'} in ${Math.round(performance.now() - started)} ms: ${summary.join(', ')}`,
);
