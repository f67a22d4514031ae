// The quick check on its own thread (system/quick-check.ts): the hall's thread takes calls meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import { quickCheckFile } from './quick-check.ts';

parentPort?.postMessage(quickCheckFile((workerData as { path: string }).path));
