import {
  convertDataset,
  inspectDataset,
  type ImportProgress,
  type ParsedDataset,
} from './import-dataset.ts';
import { ImportRequest, RESULT_CHUNK, type ImportResponse } from './import-protocol.ts';

/**
 * The import worker's logic, apart from the worker global so tests can run it in-process:
 * returns a handler for incoming messages that runs the pipeline and posts responses. The
 * parsed dataset of phase 1 stays here until phase 2 converts it, so it crosses only once,
 * and the converted one goes back in chunks.
 */
export function serveImportRequests(
  post: (message: ImportResponse) => void,
): (data: unknown) => Promise<void> {
  const parsed = new Map<string, ParsedDataset>();
  const progressOf = (job: string) => {
    let last = { stage: '', percent: -1 };
    // One message per percent and stage: enough for a progress bar, cheap to post.
    return (progress: ImportProgress) => {
      const percent = Math.floor(progress.fraction * 100);
      if (progress.stage === last.stage && percent === last.percent) return;
      last = { stage: progress.stage, percent };
      post({ type: 'progress', job, progress });
    };
  };
  return async (data) => {
    const request = ImportRequest.safeParse(data);
    if (!request.success) {
      const job = String((data as { job?: unknown } | null)?.job ?? '');
      post({ type: 'failed', job, message: `bad request: ${request.error.message}` });
      return;
    }
    const r = request.data;
    try {
      if (r.type === 'inspect') {
        const result = await inspectDataset(
          { fileName: r.fileName, bytes: new Uint8Array(r.buffer) },
          { ...r.limits, reference: r.reference, onProgress: progressOf(r.job) },
        );
        if (result.ok) {
          parsed.set(r.job, result.parsed);
          post({
            type: 'inspected',
            job: r.job,
            result: { ok: true, inspection: result.inspection },
          });
        } else post({ type: 'inspected', job: r.job, result });
        return;
      }
      const dataset = parsed.get(r.job);
      if (!dataset) {
        post({ type: 'failed', job: r.job, message: `no inspected dataset for job ${r.job}` });
        return;
      }
      const result = await convertDataset(dataset, r.frame, { onProgress: progressOf(r.job) });
      parsed.delete(r.job);
      if (!result.ok) return post({ type: 'converted', job: r.job, result });
      const { features } = result.collection;
      for (let i = 0; i < features.length; i += RESULT_CHUNK) {
        post({ type: 'features', job: r.job, features: features.slice(i, i + RESULT_CHUNK) });
      }
      const empty = { type: 'FeatureCollection' as const, features: [] };
      post({ type: 'converted', job: r.job, result: { ...result, collection: empty } });
    } catch (error) {
      post({ type: 'failed', job: r.job, message: (error as Error).message || String(error) });
    }
  };
}
