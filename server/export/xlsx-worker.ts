/**
 * The worker thread of an XLSX export (xlsx-job.ts): it makes the initiatives from the JSON
 * documents the server read and writes their sheet while the server reads the rest of the
 * workbook's contents, then writes the other sheets and answers the file. An entry point of
 * its own (scripts/build-server.mjs bundles it beside the server).
 */
import { parentPort } from 'node:worker_threads';
import type { Language } from '../../shared/codes.ts';
import { type InitiativeDocuments, initiativesFromDocuments } from '../services/initiative-documents.ts';
import type { ScoringContext } from '../services/scoring-context.ts';
import { startWorkbook, type WorkbookJob, type WorkbookRest } from './xlsx.ts';

export type WorkerRequest =
  | {
      kind: 'initiatives';
      language: Language;
      today: string;
      scoring: ScoringContext;
      documents: InitiativeDocuments;
    }
  | { kind: 'finish'; rest: WorkbookRest };

export type WorkerAnswer = { kind: 'file'; file: Uint8Array } | { kind: 'error'; message: string };

const port = parentPort;
if (!port) throw new Error('xlsx-worker.ts runs as a worker thread (xlsx-job.ts starts it).');

let job: WorkbookJob | null = null;
let written: Promise<void> = Promise.resolve();

const fail = (error: unknown) =>
  port.postMessage({
    kind: 'error',
    message: (error as Error)?.stack ?? String(error),
  } satisfies WorkerAnswer);

port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'initiatives') {
    const started = startWorkbook(request.language);
    job = started;
    written = Promise.resolve()
      .then(() =>
        started.writeInitiatives(initiativesFromDocuments(request.documents, request.today, request.scoring)),
      )
      .catch((error) => {
        fail(error);
        throw error;
      });
    return;
  }
  const current = job;
  written
    .then(() => {
      if (!current) throw new Error('The workbook was finished before its initiatives were sent.');
      return current.finish(request.rest);
    })
    .then((file) => port.postMessage({ kind: 'file', file } satisfies WorkerAnswer))
    .catch(fail);
});
