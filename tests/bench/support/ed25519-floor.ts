// The floor of a signed verify: bare Ed25519 verifications, the same number and the same messages
// ("ledger:<seq>:<hash>" with the entries' own signatures and key), on the same number of worker
// threads, with nothing read from the database and no hash chain.
import { Worker } from 'node:worker_threads';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createPublicKey, verify } = require('node:crypto');
const key = createPublicKey({ key: Buffer.from(workerData.publicKey, 'base64'), format: 'der', type: 'spki' });
const samples = workerData.samples.map(([message, signature]) => [Buffer.from(message, 'utf8'), Buffer.from(signature, 'base64')]);
let good = 0;
for (let i = 0; i < workerData.count; i++) {
  const [message, signature] = samples[i % samples.length];
  if (verify(null, message, key, signature)) good++;
}
parentPort.postMessage(good);
`;

export interface SignedSample {
  message: string;
  signature: string;
}

/** Seconds to verify `count` signatures (cycling through `samples`) on `threads` threads; throws if one fails. */
export async function ed25519FloorSeconds(publicKey: string, samples: SignedSample[], count: number, threads: number): Promise<number> {
  const per = Math.ceil(count / threads);
  const pairs = samples.map((s) => [s.message, s.signature]);
  const started = performance.now();
  const good = await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { publicKey, samples: pairs, count: per } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  if (good.some((g) => g !== per)) throw new Error('a floor signature did not verify');
  return seconds;
}
