// One slice of a parallel verify (see verify-parallel.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open.ts';
import { verifyRange } from './verify.ts';

const { path, from, to, signatures } = workerData as { path: string; from: number; to: number; signatures: boolean };
const { db } = openDatabase({ path, readonly: true });
parentPort!.postMessage(verifyRange(db, from, to, signatures));
db.close();
