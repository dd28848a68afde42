import type { FeatureCollection } from 'geojson';
import {
  detectFrame,
  GUIYANG_EXTENT,
  type FrameCandidate,
  type FrameDetection,
} from '../geo/detect-frame.ts';
import { reprojectGeojson } from '../geo/reproject-geojson.ts';
import { eachPosition, samplePositions } from '../geo/sample-positions.ts';
import { assignFeatureIds } from './assign-feature-ids.ts';
import { candidateLandings, type CandidateLanding } from './candidate-landings.ts';
import { frameCandidates } from './frame-candidates.ts';
import { nestingIssues, noCoordinatesIssue } from './geometry-structure.ts';
import { importIssue, type ImportIssue } from './import-issue.ts';
import { checkFileSize, MAX_EXPANDED_BYTES, MAX_FILE_BYTES } from './import-limits.ts';
import { readImportFile } from './read-import-file.ts';
import { validateFeatures } from './validate-features.ts';
import { type Bounds } from '../model/feature-ref.ts';
import { type Frame } from '../model/frames.ts';

/** The steps of an import: phase 1 parses, detects and validates; phase 2 validates, reprojects. */
export type ImportStage = 'read' | 'parse' | 'detect' | 'validate' | 'reproject';

/** Progress of one phase: the step and the share (0–1) of the phase done. */
export interface ImportProgress {
  phase: 'inspect' | 'convert';
  stage: ImportStage;
  fraction: number;
}

/** Options of {@link inspectDataset} and {@link convertDataset}, each with its default. */
export interface ImportOptions {
  /** Default {@link MAX_FILE_BYTES}. */
  maxFileBytes?: number;
  /** Default {@link MAX_EXPANDED_BYTES}. */
  maxExpandedBytes?: number;
  /** Known boundaries (WGS84) for GCJ-02/BD-09 detection; default none. */
  reference?: FeatureCollection | undefined;
  onProgress?: (progress: ImportProgress) => void;
}

/** A file to import: its name (for messages and the layer title) and its bytes. */
export interface ImportInput {
  fileName: string;
  bytes: Uint8Array;
}

/** Phase 1's answer: what the file is and which frames it may be in, for the user to confirm. */
export interface Inspection {
  fileName: string;
  format: 'geojson' | 'shapefile';
  featureCount: number;
  geometryTypes: string[];
  /** Attribute names of the first features, for the confirmation step. */
  propertyNames: string[];
  /** The frame the file names (GeoJSON `crs` or shapefile `.prj`). */
  declared?: { frame: Frame; name: string; source: 'crs' | 'prj' };
  detection: FrameDetection;
  /** What to offer: the declared frame first, then the detected candidates. */
  candidates: FrameCandidate[];
  /** The first candidate: phase 1 validated the data against it. */
  suggested: Frame;
  /**
   * The frame to preselect, or null when the planner must choose: the coordinates cannot
   * tell WGS84 from GCJ-02/BD-09, or no candidate puts the data in Guiyang (a frame the file
   * declares is preselected all the same).
   */
  preselected: Frame | null;
  /** Where the features land under each candidate, in the order of `candidates`. */
  landings: CandidateLanding[];
  /** What to tell the planner before they confirm. */
  caution: {
    /** Degrees whose frame only the data's source can tell (see FrameDetection). */
    offsetUndecided: boolean;
    /** Under no candidate does most of the data fall inside Guiyang–Gui'an. */
    outside: boolean;
  };
  /** Attribute text encoding of a shapefile. */
  encoding?: string;
  warnings: ImportIssue[];
}

/** The parsed, not yet converted, dataset kept between the phases (in the worker). */
export interface ParsedDataset {
  inspection: Inspection;
  collection: FeatureCollection;
  entry?: string;
}

/** Phase 1's full result: the inspection and the parsed data phase 2 converts. */
export type InspectResult =
  | { ok: true; inspection: Inspection; parsed: ParsedDataset }
  | { ok: false; errors: ImportIssue[] };

/** Phase 2's answer: the dataset in WGS84, ready to be a layer; or every problem found. */
export type ConvertOutcome =
  | {
      ok: true;
      fileName: string;
      /** The file name without folder and extension: the layer's default title. */
      name: string;
      collection: FeatureCollection;
      frame: Frame;
      detected: FrameDetection;
      featureCount: number;
      bbox: Bounds;
      warnings: ImportIssue[];
    }
  | { ok: false; errors: ImportIssue[] };

function boundsOf(collection: FeatureCollection): Bounds {
  const box: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of collection.features) {
    eachPosition(f.geometry, ([x, y]) => {
      box[0] = Math.min(box[0], x!);
      box[1] = Math.min(box[1], y!);
      box[2] = Math.max(box[2], x!);
      box[3] = Math.max(box[3], y!);
    });
  }
  return box;
}

/**
 * Phase 1 of an import: checks the size, reads the file (GeoJSON or zipped shapefile), takes
 * the frame it declares, detects candidates from the coordinates and checks everything that
 * does not depend on the frame choice. Returns the inspection to confirm, or the errors.
 */
export async function inspectDataset(
  input: ImportInput,
  options: ImportOptions = {},
): Promise<InspectResult> {
  const file = input.fileName;
  const size = input.bytes.length;
  const progress = (stage: ImportStage, fraction: number) =>
    options.onProgress?.({ phase: 'inspect', stage, fraction });
  const fail = (...errors: ImportIssue[]) => ({ ok: false as const, errors });
  const tooLarge = checkFileSize(file, size, options.maxFileBytes ?? MAX_FILE_BYTES);
  if (tooLarge) return fail(tooLarge);
  if (size === 0)
    return fail(importIssue('file-empty', { file }, '文件是空的', 'The file is empty'));
  progress('parse', 0.05);
  const read = await readImportFile(file, input.bytes, {
    maxExpandedBytes: options.maxExpandedBytes ?? MAX_EXPANDED_BYTES,
    onProgress: (f) => progress('parse', 0.05 + 0.6 * f),
  });
  if (!read.ok) return read;
  const { collection, declared, entry } = read;
  const where = { file, ...(entry ? { entry } : {}) };
  if (collection.features.length === 0) {
    return fail(importIssue('no-features', where, '文件中没有要素', 'The file holds no features'));
  }

  // Before anything walks the geometries: deep nesting is refused with its own message.
  const nested = nestingIssues(collection, where);
  if (nested.length) return fail(...nested);

  progress('detect', 0.65);
  const sample = samplePositions(collection);
  const detection = detectFrame(sample, { reference: options.reference });
  const chosen = frameCandidates(read, detection, where);
  if (!chosen.ok) return chosen;
  const suggested = chosen.candidates[0]?.frame;
  if (!suggested) {
    // No usable coordinate at all: the validator names the features and positions at fault.
    const structural =
      detection.sampleSize === 0 ? validateFeatures(collection, 'EPSG:4326', where) : [];
    if (structural.length) return fail(...structural);
    if (detection.sampleSize === 0) return fail(noCoordinatesIssue(collection, where));
    const zh = detection.reasons.map((r) => r.zh).join(';');
    const en = detection.reasons.map((r) => r.en).join('; ');
    return fail(
      importIssue(
        'frame-undetected',
        where,
        `无法判断坐标系:${zh}`,
        `The frame cannot be told: ${en}`,
      ),
    );
  }

  progress('validate', 0.7);
  const errors = validateFeatures(collection, suggested, where, (f) =>
    progress('validate', 0.7 + 0.3 * f),
  );
  if (errors.length) return fail(...errors);
  const geometryTypes = [...new Set(collection.features.map((f) => f.geometry?.type ?? 'null'))];
  const propertyNames = [
    ...new Set(collection.features.slice(0, 20).flatMap((f) => Object.keys(f.properties ?? {}))),
  ];
  const landings = candidateLandings(sample, chosen.candidates, options.reference);
  const caution = {
    offsetUndecided: !declared && detection.offsetUndecided === true,
    outside: landings.length > 0 && landings.every((l) => l.insideShare < 0.5),
  };
  const preselected = declared
    ? declared.frame
    : caution.offsetUndecided || caution.outside || chosen.candidates[0]!.confidence === 'low'
      ? null
      : suggested;
  const inspection: Inspection = {
    fileName: file,
    format: read.format,
    featureCount: collection.features.length,
    geometryTypes: geometryTypes.sort(),
    propertyNames: propertyNames.slice(0, 30),
    ...(declared ? { declared } : {}),
    detection,
    candidates: chosen.candidates,
    suggested,
    preselected,
    landings,
    caution,
    ...(read.encoding ? { encoding: read.encoding } : {}),
    warnings: [...read.warnings, ...chosen.warnings],
  };
  progress('validate', 1);
  return { ok: true, inspection, parsed: { inspection, collection, ...(entry ? { entry } : {}) } };
}

/**
 * Phase 2 of an import: validates against the frame the user confirmed (unless phase 1 did:
 * the suggested frame), gives features unique ids and reprojects to WGS84, in chunks so
 * progress can be told. Never mutates `parsed`.
 */
export async function convertDataset(
  parsed: ParsedDataset,
  frame: Frame,
  options: ImportOptions = {},
): Promise<ConvertOutcome> {
  const { inspection } = parsed;
  const file = inspection.fileName;
  const where = { file, ...(parsed.entry ? { entry: parsed.entry } : {}) };
  const progress = (stage: ImportStage, fraction: number) =>
    options.onProgress?.({ phase: 'convert', stage, fraction });
  progress('validate', 0);
  // Phase 1 validated against the suggested frame; only another choice needs a second pass.
  const errors =
    frame === inspection.suggested
      ? []
      : validateFeatures(parsed.collection, frame, where, (f) => progress('validate', 0.4 * f));
  if (errors.length) return { ok: false, errors };
  const warnings = [...inspection.warnings];
  const numbered = assignFeatureIds(parsed.collection.features);
  if (numbered.renumbered) {
    warnings.push(
      importIssue(
        'ids-renumbered',
        where,
        '部分要素编号缺失或重复,已按顺序重新编号为 f1、f2…;原编号保存在属性 source_id 中',
        'Some feature ids were missing or repeated: features were numbered f1, f2, …; original ids are kept in the source_id property',
      ),
    );
  }
  const features = [];
  const chunk = 5000;
  const total = numbered.features.length;
  for (let i = 0; i < total; i += chunk) {
    const part = {
      type: 'FeatureCollection' as const,
      features: numbered.features.slice(i, i + chunk),
    };
    features.push(...reprojectGeojson(part, frame).features);
    progress('reproject', 0.4 + (0.6 * Math.min(i + chunk, total)) / total);
  }
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const box = boundsOf(collection);
  const [w, s, e, n] = GUIYANG_EXTENT;
  if (box[2] < w || box[0] > e || box[3] < s || box[1] > n) {
    const bounds = box.map((v) => v.toFixed(3)).join(', ');
    warnings.push(
      importIssue(
        'outside-extent',
        where,
        `换算后的数据不在贵阳贵安范围内(范围 ${bounds});如果不应如此,请换一个坐标系重新导入`,
        `Converted, the data lies outside Guiyang–Gui'an (bounds ${bounds}); if it should not, import again with another frame`,
      ),
    );
  }
  return {
    ok: true,
    fileName: file,
    name: file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || file,
    collection,
    frame,
    detected: inspection.detection,
    featureCount: total,
    bbox: box,
    warnings,
  };
}

/**
 * The whole pipeline in one call (tests, scripts): inspect, let `chooseFrame` confirm or
 * change the frame (default: the suggested one; null cancels), convert.
 */
export async function importDataset(
  input: ImportInput,
  options: ImportOptions & {
    chooseFrame?: (inspection: Inspection) => Frame | null | Promise<Frame | null>;
  } = {},
): Promise<ConvertOutcome> {
  const inspected = await inspectDataset(input, options);
  if (!inspected.ok) return inspected;
  const choose = options.chooseFrame ?? ((inspection: Inspection) => inspection.suggested);
  const frame = await choose(inspected.inspection);
  if (!frame) {
    return {
      ok: false,
      errors: [
        importIssue(
          'cancelled',
          { file: input.fileName },
          '已取消导入',
          'The import was cancelled',
        ),
      ],
    };
  }
  return convertDataset(inspected.parsed, frame, options);
}
