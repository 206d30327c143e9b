// The new-story page's side of the worker: one request, its progress, one answer. The worker is
// created per request and ended with it (or when the editor stops it).
import type { ParseRequest, Stage, WorkerMessage } from './workerProtocol';

export interface Progress {
  stage: Stage;
  fraction: number;
}

/** The worker's answer: the drafted bundle, or what went wrong. */
export type Found = Exclude<WorkerMessage, { kind: 'progress' }>;

/** Starts the work; returns a function that stops it (nothing is then reported). */
export function findPlaces(
  request: ParseRequest,
  onProgress: (progress: Progress) => void,
  onDone: (found: Found) => void,
): () => void {
  const worker = new Worker(new URL('./geoparseWorker.ts', import.meta.url), { type: 'module' });
  let over = false;
  const end = () => {
    over = true;
    worker.terminate();
  };
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    if (over) return;
    const message = event.data;
    if (message.kind === 'progress') return onProgress({ stage: message.stage, fraction: message.fraction });
    end();
    // For the benchmark (npm run bench): how long each stage took in the worker, under automation only.
    if (message.kind === 'done' && navigator.webdriver)
      (window as unknown as { __situationAuthoring?: unknown }).__situationAuthoring = {
        timings: message.timings,
        mentions: message.mentions,
        links: message.links,
      };
    onDone(message);
  };
  worker.onerror = (event) => {
    if (over) return;
    end();
    onDone({
      kind: 'failed',
      problems: [`The places could not be found: ${event.message || 'the worker stopped'}.`],
    });
  };
  worker.postMessage(request);
  return end;
}
