// One slice of a parallel verify (see verify-parallel.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open.ts';
import { verifyRange } from './verify.ts';

const { path, from, to } = workerData as { path: string; from: number; to: number };
const { db } = openDatabase({ path, readonly: true });
parentPort!.postMessage(verifyRange(db, from, to));
db.close();
