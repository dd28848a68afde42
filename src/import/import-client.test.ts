import { describe, expect, it } from 'vitest';
import { startImport, type WorkerLike } from './import-client.ts';
import type { ImportProgress } from './import-dataset.ts';
import { RESULT_CHUNK, type ImportRequest, type ImportResponse } from './import-protocol.ts';
import { serveImportRequests } from './serve-import-requests.ts';
import { IMPORT_CASES, referenceDistricts } from './__fixtures__/import-cases.ts';

/**
 * The worker, in-process: messages are structured-cloned (transferred buffers detached) and
 * delivered asynchronously, as between a page and a real module worker.
 */
function inProcessWorker(log: { requests: ImportRequest[]; terminated: boolean }): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message, transfer) {
      log.requests.push(message);
      const copy = structuredClone(message, { transfer: transfer ?? [] });
      setTimeout(() => void handle(copy), 0);
    },
    terminate() {
      log.terminated = true;
    },
  };
  const handle = serveImportRequests((response: ImportResponse) => {
    if (!log.terminated) worker.onmessage?.({ data: structuredClone(response) } as MessageEvent);
  });
  return worker;
}

const fileOf = (name: string) => {
  const c = IMPORT_CASES.find((k) => k.name === name)!;
  return new File([new Uint8Array(c.bytes())], c.fileName);
};

describe('startImport: the page hands a file to the import worker', () => {
  it('reads, inspects, waits for the planner, converts — and transfers the bytes', async () => {
    const log = { requests: [] as ImportRequest[], terminated: false };
    const progress: ImportProgress[] = [];
    const job = startImport(fileOf('planning-parcels-4545-gbk'), {
      reference: referenceDistricts(),
      onProgress: (p) => progress.push(p),
      createWorker: () => inProcessWorker(log),
    });
    const inspection = await job.inspection;
    expect(inspection.ok && inspection.inspection.suggested).toBe('EPSG:4545');
    const inspect = log.requests[0]!;
    expect(inspect.type === 'inspect' && inspect.buffer.byteLength).toBe(0); // detached: moved, not copied
    expect(log.terminated).toBe(false);

    const converted = await job.convert('EPSG:4545');
    expect(converted.ok && converted.collection.features).toHaveLength(3);
    expect(log.terminated).toBe(true);
    const inspectFractions = progress.filter((p) => p.phase === 'inspect').map((p) => p.fraction);
    expect(inspectFractions[0]).toBeLessThanOrEqual(0.3); // reading comes first
    expect([...inspectFractions].sort((a, b) => a - b)).toEqual(inspectFractions);
    expect(progress.some((p) => p.phase === 'convert' && p.stage === 'reproject')).toBe(true);
  });

  it('brings a big converted collection back in chunks, whole and in order', async () => {
    const log = { requests: [] as ImportRequest[], terminated: false };
    const features = Array.from({ length: RESULT_CHUNK * 2 + 7 }, (_, i) => ({
      type: 'Feature',
      id: `s${i}`,
      properties: {},
      geometry: { type: 'Point', coordinates: [106.6 + (i % 100) * 0.001, 26.5 + i * 1e-5] },
    }));
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    const seen: string[] = [];
    const job = startImport(new File([text], 'stations.geojson'), {
      createWorker: () => {
        const worker = inProcessWorker(log);
        return {
          ...worker,
          set onmessage(f: ((e: MessageEvent) => void) | null) {
            worker.onmessage = f && ((e) => (seen.push(e.data.type), f(e)));
          },
          get onmessage() {
            return worker.onmessage;
          },
        };
      },
    });
    await job.inspection;
    const converted = await job.convert('EPSG:4326');
    expect(converted.ok && converted.collection.features.map((f) => f.id)).toEqual(
      features.map((f) => f.id),
    );
    expect(seen.filter((t) => t === 'features')).toHaveLength(3);
  });

  it('answers errors without a confirmation step, and ends the worker', async () => {
    const log = { requests: [] as ImportRequest[], terminated: false };
    const job = startImport(fileOf('zip-slip'), { createWorker: () => inProcessWorker(log) });
    const inspection = await job.inspection;
    expect(!inspection.ok && inspection.errors[0]!.rule).toBe('zip-unsafe-path');
    expect(log.terminated).toBe(true);
    expect(await job.convert('EPSG:4545')).toEqual(inspection);
  });

  it('refuses an over-size file before reading it or starting a worker', async () => {
    let started = false;
    const job = startImport(fileOf('parcels-wgs84'), {
      maxFileBytes: 100,
      createWorker: () => ((started = true), inProcessWorker({ requests: [], terminated: false })),
    });
    const inspection = await job.inspection;
    expect(!inspection.ok && inspection.errors[0]!.rule).toBe('file-too-large');
    expect(started).toBe(false);
  });

  it('cancels: the worker is terminated and the phase answers "cancelled"', async () => {
    const log = { requests: [] as ImportRequest[], terminated: false };
    const job = startImport(fileOf('districts-gcj02'), {
      createWorker: () => inProcessWorker(log),
    });
    const inspection = await job.inspection;
    expect(inspection.ok).toBe(true);
    const converting = job.convert('GCJ-02');
    job.cancel();
    const converted = await converting;
    expect(!converted.ok && converted.errors[0]!.rule).toBe('cancelled');
    expect(log.terminated).toBe(true);
  });

  it('turns a worker crash into an "internal" issue instead of a hanging promise', async () => {
    const crashing: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage() {
        setTimeout(() => crashing.onerror?.({ message: 'out of memory' } as ErrorEvent), 0);
      },
      terminate() {},
    };
    const job = startImport(fileOf('parcels-wgs84'), { createWorker: () => crashing });
    const inspection = await job.inspection;
    expect(!inspection.ok && inspection.errors[0]).toMatchObject({
      rule: 'internal',
      message: { en: 'The import failed: out of memory' },
    });
  });

  it('rejects malformed requests in the worker with a "failed" message', async () => {
    const posted: ImportResponse[] = [];
    await serveImportRequests((m) => posted.push(m))({ type: 'inspect', job: 'j', fileName: 'x' });
    expect(posted[0]).toMatchObject({ type: 'failed', job: 'j' });
    await serveImportRequests((m) => posted.push(m))({
      type: 'convert',
      job: 'k',
      frame: 'EPSG:4545',
    });
    expect(posted[1]).toMatchObject({
      type: 'failed',
      job: 'k',
      message: 'no inspected dataset for job k',
    });
  });
});
