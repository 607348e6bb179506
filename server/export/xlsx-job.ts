/**
 * An XLSX export in two threads: the server reads the initiatives as JSON documents and hands
 * them to a worker thread (xlsx-worker.ts), which makes the initiatives and writes their sheet,
 * most of the work, while the server reads the overview, the EU deadlines and the changes; then
 * the worker writes the rest and answers the file. On PGlite, whose statements run on the
 * server's own thread, the two overlap only this way, and the server's thread stays free for
 * other requests meanwhile.
 */
import { Worker } from 'node:worker_threads';
import type { Language } from '../../shared/codes.ts';
import type { InitiativeDocuments } from '../services/initiative-documents.ts';
import type { ScoringContext } from '../services/scoring-context.ts';
import type { WorkbookRest } from './xlsx.ts';
import type { WorkerAnswer, WorkerRequest } from './xlsx-worker.ts';

/**
 * The worker's script: beside the bundle when the server runs compiled (dist/server/main.js,
 * scripts/build-server.mjs), the TypeScript source through tsx otherwise (development, tests:
 * scripts/ts-worker.mjs).
 */
function startWorker(): Worker {
  const bundled = import.meta.url.endsWith('.js');
  return bundled
    ? new Worker(new URL('./export/xlsx-worker.js', import.meta.url))
    : new Worker(new URL('../../scripts/ts-worker.mjs', import.meta.url), {
        workerData: { entry: new URL('./xlsx-worker.ts', import.meta.url).href },
      });
}

export interface XlsxJob {
  /** The initiatives, as read: the worker starts on their sheet at once. */
  initiatives(documents: InitiativeDocuments, today: string, scoring: ScoringContext): void;
  /** The rest of the workbook's contents; answers the file. */
  finish(rest: WorkbookRest): Promise<Buffer>;
  /** Stops the worker (after the file, or when the export failed before it). */
  stop(): void;
}

export function startXlsxJob(language: Language): XlsxJob {
  const worker = startWorker();
  const file = new Promise<Buffer>((resolve, reject) => {
    worker.on('message', (answer: WorkerAnswer) => {
      if (answer.kind === 'file')
        resolve(Buffer.from(answer.file.buffer, answer.file.byteOffset, answer.file.byteLength));
      else reject(new Error(`The XLSX worker failed: ${answer.message}`));
    });
    worker.on('error', reject);
    worker.on('exit', (code) =>
      reject(new Error(`The XLSX worker stopped (exit code ${code}) before the file was made.`)),
    );
  });
  // Unhandled until finish() is awaited: a failure before it must not crash the server.
  file.catch(() => {});
  const send = (request: WorkerRequest) => worker.postMessage(request);
  return {
    initiatives(documents, today, scoring) {
      send({ kind: 'initiatives', language, today, scoring, documents });
    },
    finish(rest) {
      send({ kind: 'finish', rest });
      return file;
    },
    stop() {
      void worker.terminate();
    },
  };
}
