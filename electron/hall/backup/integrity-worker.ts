// SQLite's full integrity check of a backup copy, on its own thread: on a large branch it reads
// every page (seconds), and the hall's thread is taking payments meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import { integrityProblems } from './integrity.ts';

parentPort?.postMessage(integrityProblems((workerData as { path: string }).path));
