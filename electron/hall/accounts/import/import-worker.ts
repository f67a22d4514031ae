// The accounts import off the hall's thread: its own connection, one transaction, progress
// posted back as it goes. The hall keeps answering reads (WAL) while this writes; other writes
// wait for the transaction (busy timeout), as they would for any writer.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/open.ts';
import { attachWorkerSigner } from '../../integrity/index.ts';
import { importFile, type ImportRequest } from './import-file.ts';

const { dbPath, signingKeyPem, request } = workerData as { dbPath: string; signingKeyPem: string | null; request: ImportRequest };
const { db } = openDatabase({ path: dbPath, migrate: false });
// its audit row is signed with the hall's key, like every other
if (signingKeyPem) attachWorkerSigner(db, signingKeyPem, new Date(request.now));
try {
  const outcome = await importFile(db, request, (stage, done, total) => parentPort!.postMessage({ type: 'progress', stage, done, total }));
  // the plan's rows are not needed back, only the counts and the bad rows
  const summary = outcome.ok ? { ok: true, importId: outcome.importId, plan: { ...outcome.plan, valid: outcome.plan.records.length, records: [] } } : outcome;
  parentPort!.postMessage({ type: 'result', outcome: summary });
} finally {
  db.close();
}
