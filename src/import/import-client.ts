import type { Feature, FeatureCollection } from 'geojson';
import type { ConvertOutcome, ImportProgress } from './import-dataset.ts';
import { importIssue } from './import-issue.ts';
import { checkFileSize } from './import-limits.ts';
import { ImportResponse, type InspectOutcome, type ImportRequest } from './import-protocol.ts';
import { type Frame } from '../model/frames.ts';

/** What the client needs of a Worker; tests pass an in-process fake. */
export interface WorkerLike {
  postMessage(message: ImportRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
}

/** Options of {@link startImport}, each with its default. */
export interface StartImportOptions {
  /** District boundaries (WGS84) to detect GCJ-02/BD-09 against; default none. */
  reference?: FeatureCollection | undefined;
  /** Default MAX_FILE_BYTES (100 MB). */
  maxFileBytes?: number;
  /** Default MAX_EXPANDED_BYTES (500 MB). */
  maxExpandedBytes?: number;
  /**
   * Progress of the phase running: reading the file is the first 30 % of phase 1 (on the
   * main thread, in chunks), the worker's steps the rest.
   */
  onProgress?: (progress: ImportProgress) => void;
  /** Default: a module worker running import-worker.ts. */
  createWorker?: () => WorkerLike;
}

/** A running import: phase 1's answer, phase 2 on demand, and a way to stop. */
export interface ImportJob {
  /** Resolves with the inspection (frame candidates) or the errors; never rejects. */
  readonly inspection: Promise<InspectOutcome>;
  /** Converts with the frame the user confirmed; never rejects. Ends the worker. */
  convert(frame: Frame): Promise<ConvertOutcome>;
  /** Stops reading and terminates the worker; pending promises resolve with `cancelled`. */
  cancel(): void;
}

const READ_SHARE = 0.3;

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./import-worker.ts', import.meta.url), {
    type: 'module',
    name: 'import',
  }) as unknown as WorkerLike;
}

/** Reads a file in chunks (the page stays responsive and can show progress) into one buffer. */
async function readFile(
  file: Blob,
  onFraction: (fraction: number) => void,
  cancelled: () => boolean,
): Promise<ArrayBuffer | null> {
  const reader = file.stream().getReader();
  const buffer = new Uint8Array(file.size);
  let offset = 0;
  for (;;) {
    if (cancelled()) {
      await reader.cancel();
      return null;
    }
    const { done, value } = await reader.read();
    if (done) break;
    buffer.set(value.subarray(0, Math.max(0, buffer.length - offset)), offset);
    offset += value.length;
    onFraction(file.size ? offset / file.size : 1);
  }
  return buffer.buffer;
}

let jobCounter = 0;

/**
 * Starts importing a dropped or picked file in a Web Worker: phase 1 (`inspection`) parses,
 * detects the frame and validates; after the user confirms a frame, `convert(frame)` runs
 * phase 2 and returns the WGS84 collection. The file's bytes are transferred, not copied.
 */
export function startImport(
  file: Blob & { name: string },
  options: StartImportOptions = {},
): ImportJob {
  const job = `import-${++jobCounter}`;
  const where = { file: file.name };
  const cancelledIssue = importIssue('cancelled', where, '已取消导入', 'The import was cancelled');
  const crashIssue = (message: string) =>
    importIssue('internal', where, `导入出错:${message}`, `The import failed: ${message}`);
  let worker: WorkerLike | null = null;
  let cancelled = false;
  // The phase waiting for an answer, resolved by the worker's message or by cancel/crash.
  let waiting: { type: 'inspected' | 'converted'; resolve: (result: never) => void } | null = null;

  const finish = (result: unknown) => {
    const w = waiting;
    waiting = null;
    w?.resolve(result as never);
  };
  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  const wait = <T>(type: 'inspected' | 'converted') =>
    new Promise<T>((resolve) => {
      waiting = { type, resolve: resolve as (result: never) => void };
    });

  // Chunks of the converted collection, in order (see ImportResponse).
  let received: Feature[] = [];
  const onMessage = (event: MessageEvent) => {
    const parsed = ImportResponse.safeParse(event.data);
    if (!parsed.success) {
      stop();
      return finish({
        ok: false,
        errors: [crashIssue(`bad worker message: ${parsed.error.message}`)],
      });
    }
    const message = parsed.data;
    if (message.job !== job && message.type !== 'failed') return;
    if (message.type === 'progress') {
      const { progress } = message;
      const fraction =
        progress.phase === 'inspect'
          ? READ_SHARE + (1 - READ_SHARE) * progress.fraction
          : progress.fraction;
      options.onProgress?.({ ...progress, fraction });
    } else if (message.type === 'failed') {
      stop();
      finish({ ok: false, errors: [crashIssue(message.message)] });
    } else if (message.type === 'features') {
      for (const feature of message.features) received.push(feature);
    } else if (waiting?.type === message.type) {
      if (message.type === 'converted' || !message.result.ok) stop();
      if (message.type === 'converted' && message.result.ok) {
        const features = received;
        received = [];
        if (features.length !== message.result.featureCount) {
          return finish({ ok: false, errors: [crashIssue('features lost in transfer')] });
        }
        return finish({ ...message.result, collection: { type: 'FeatureCollection', features } });
      }
      finish(message.result);
    }
  };

  const inspection = (async (): Promise<InspectOutcome> => {
    // Refused before reading: a 2 GB file must not be loaded only to be turned down.
    const tooLarge = checkFileSize(file.name, file.size, options.maxFileBytes);
    if (tooLarge) return { ok: false, errors: [tooLarge] };
    const buffer = await readFile(
      file,
      (f) => options.onProgress?.({ phase: 'inspect', stage: 'read', fraction: READ_SHARE * f }),
      () => cancelled,
    ).catch((error: Error) => error);
    if (cancelled || buffer === null) return { ok: false, errors: [cancelledIssue] };
    if (buffer instanceof Error) return { ok: false, errors: [crashIssue(buffer.message)] };
    worker = (options.createWorker ?? defaultWorker)();
    worker.onmessage = onMessage;
    worker.onerror = (event) => {
      stop();
      finish({ ok: false, errors: [crashIssue((event as ErrorEvent).message || 'worker error')] });
    };
    const answer = wait<InspectOutcome>('inspected');
    const { maxFileBytes, maxExpandedBytes } = options;
    worker.postMessage(
      {
        type: 'inspect',
        job,
        fileName: file.name,
        buffer,
        ...(options.reference ? { reference: options.reference } : {}),
        limits: {
          ...(maxFileBytes ? { maxFileBytes } : {}),
          ...(maxExpandedBytes ? { maxExpandedBytes } : {}),
        },
      },
      [buffer],
    );
    return answer;
  })();

  return {
    inspection,
    async convert(frame) {
      const inspected = await inspection;
      if (!inspected.ok) return inspected;
      if (cancelled || !worker) return { ok: false, errors: [cancelledIssue] };
      const answer = wait<ConvertOutcome>('converted');
      worker.postMessage({ type: 'convert', job, frame });
      return answer;
    },
    cancel() {
      cancelled = true;
      stop();
      finish({ ok: false, errors: [cancelledIssue] });
    },
  };
}
