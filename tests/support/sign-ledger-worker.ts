// One slice of signLedgerFile (synthetic-ledger.ts): signs the entries of a seq range with the
// installation's key, exactly as the appender's inline signer would, and hands back the raw
// signatures (64 bytes each) for the writer to insert.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../electron/hall/db/open.ts';
import { keyFromPem } from '../../electron/hall/integrity/key-store.ts';
import { signatureMessage } from '../../electron/hall/integrity/signer.ts';
import { sign } from 'node:crypto';

const { path, from, to, keyPem } = workerData as { path: string; from: number; to: number; keyPem: string };
const { privateKey } = keyFromPem(keyPem);
const { db } = openDatabase({ path, readonly: true });
const rows = db
  .prepare("SELECT e.seq, e.hash FROM ledger_entries e LEFT JOIN chain_signatures s ON s.chain = 'ledger' AND s.position = e.seq WHERE e.seq BETWEEN ? AND ? AND s.position IS NULL ORDER BY e.seq")
  .raw()
  .all(from, to) as Array<[number, string]>;
db.close();
const seqs = new Float64Array(rows.length);
const signatures = Buffer.alloc(rows.length * 64);
rows.forEach(([seq, hash], i) => {
  seqs[i] = seq;
  sign(null, signatureMessage('ledger', seq, hash), privateKey).copy(signatures, i * 64);
});
parentPort!.postMessage({ seqs, signatures }, [seqs.buffer, signatures.buffer]);
