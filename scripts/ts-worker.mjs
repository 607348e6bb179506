// Runs a TypeScript worker thread's entry through tsx, for development and the tests; the
// compiled server starts the bundled JavaScript instead (server/export/xlsx-job.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
