// The import worker: a module Web Worker that parses, validates and reprojects dropped files
// off the main thread. Started by import-client.ts with
//   new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }).
import '../config/zod-setup.ts';
import { serveImportRequests } from './serve-import-requests.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = serveImportRequests((message) => scope.postMessage(message));
scope.addEventListener('message', (event: MessageEvent<unknown>) => void handle(event.data));
