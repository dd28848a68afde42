import type { Feature, FeatureCollection } from 'geojson';
import { z } from '../config/zod-mini.ts';
import type { ConvertOutcome, ImportProgress, Inspection } from './import-dataset.ts';
import type { ImportIssue } from './import-issue.ts';
import { FRAMES } from '../model/frames.ts';

// Messages between the page and the import worker, checked with zod on both sides: a worker
// is a trust boundary like any other, and a typo in a message type should fail loudly.
// Feature collections are checked shallowly: walking 50 MB of coordinates twice costs seconds.

const isCollection = (value: unknown): value is FeatureCollection =>
  typeof value === 'object' &&
  value !== null &&
  (value as { type?: unknown }).type === 'FeatureCollection' &&
  Array.isArray((value as { features?: unknown }).features);

const Job = z.string().check(z.minLength(1));

/** Features per `features` message of a converted collection. */
export const RESULT_CHUNK = 4000;

/** Limits the page may set (tests and stories lower them); defaults are the pipeline's. */
export const ImportLimits = z.object({
  maxFileBytes: z.optional(z.number().check(z.positive())),
  maxExpandedBytes: z.optional(z.number().check(z.positive())),
});

/** Page → worker. `inspect` transfers the file's bytes; `convert` names the confirmed frame. */
export const ImportRequest = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('inspect'),
    job: Job,
    fileName: z.string().check(z.minLength(1)),
    buffer: z.instanceof(ArrayBuffer),
    reference: z.optional(z.custom<FeatureCollection>(isCollection)),
    limits: z.optional(ImportLimits),
  }),
  z.object({ type: z.literal('convert'), job: Job, frame: z.enum(FRAMES) }),
]);
/** {@link ImportRequest} as a type. */
export type ImportRequest = z.infer<typeof ImportRequest>;

const Issue = z.custom<ImportIssue>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as ImportIssue).rule === 'string' &&
    typeof (v as ImportIssue).where?.file === 'string' &&
    typeof (v as ImportIssue).message?.zh === 'string' &&
    typeof (v as ImportIssue).message?.en === 'string',
);
const Failure = z.object({ ok: z.literal(false), errors: z.array(Issue).check(z.minLength(1)) });

/** Phase 1's answer as the page receives it (the parsed data stays in the worker). */
export const InspectOutcome = z.union([
  z.object({
    ok: z.literal(true),
    inspection: z.custom<Inspection>(
      (v) => typeof v === 'object' && v !== null && Array.isArray((v as Inspection).candidates),
    ),
  }),
  Failure,
]);
/** {@link InspectOutcome} as a type. */
export type InspectOutcome = z.infer<typeof InspectOutcome>;

const Converted = z.custom<ConvertOutcome>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    (v as { ok?: unknown }).ok === true &&
    isCollection((v as { collection?: unknown }).collection),
);

/**
 * Worker → page: progress, the answer of each phase, or a crash. A converted collection
 * arrives as `features` chunks before `converted` (whose collection is then empty): one
 * 50 MB structured clone would hold the page's main thread for over a second, chunks of
 * {@link RESULT_CHUNK} features take a few tens of milliseconds each.
 */
export const ImportResponse = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    job: Job,
    progress: z.custom<ImportProgress>((v) => typeof (v as ImportProgress)?.fraction === 'number'),
  }),
  z.object({ type: z.literal('inspected'), job: Job, result: InspectOutcome }),
  z.object({ type: z.literal('features'), job: Job, features: z.custom<Feature[]>(Array.isArray) }),
  z.object({ type: z.literal('converted'), job: Job, result: z.union([Converted, Failure]) }),
  z.object({ type: z.literal('failed'), job: z.string(), message: z.string() }),
]);
/** {@link ImportResponse} as a type. */
export type ImportResponse = z.infer<typeof ImportResponse>;
