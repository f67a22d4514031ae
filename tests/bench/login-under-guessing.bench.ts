// login_under_guessing_p99: a real sign-in's latency over HTTP (operator 1001, the right PIN,
// from 127.0.0.1) while 8 sources guess PINs against the same host as fast as it answers, each
// from its own loopback address (127.0.0.2 … 127.0.0.9: Linux routes all of 127/8 to lo, so the
// host sees 8 peers, and their lockouts are their own), from a process of their own. Floor: the p99 of the same sign-in with
// no one guessing, measured first in the same run. Before async scrypt and lockouts, health went
// from 25 ms to 218–625 ms under 8 guessing streams (issue 20).
import { request, Agent } from 'node:http';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHall } from '../../electron/hall/hall.ts';
import { clockFromOption } from '../../electron/hall/clock.ts';
import { startHost } from '../../electron/hall/transport/host.ts';
import { seedDemoBranch } from '../../electron/hall/demo/demo-branch.ts';
import { BENCH_CLOCK } from './support/demo-db.ts';
import { beside, percentile, type Figure } from './figure.ts';

const SIGN_INS = 60;
const GUESSER = fileURLToPath(new URL('./support/pin-guesser.child.ts', import.meta.url));
const GUESSERS = 8;

function post(port: number, agent: Agent, method: string, body: unknown, localAddress: string): Promise<{ ok: boolean; code?: string }> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: `/api/${method}`, method: 'POST', localAddress, agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok: boolean; error?: { code: string; key?: string } };
          resolve({ ok: answer.ok, ...(answer.error ? { code: answer.error.key ?? answer.error.code } : {}) });
        });
      },
    );
    req.once('error', reject);
    req.end(text);
  });
}

export default async function (): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-guess-'));
  const hall = createHall({ dbPath: join(dir, 'hall.db'), port: 0, printWorker: false }, clockFromOption(BENCH_CLOCK));
  seedDemoBranch(hall);
  const host = await startHost(hall);
  const own = new Agent({ keepAlive: true, maxSockets: 1 });
  const signIn = async (i: number): Promise<number> => {
    const started = performance.now();
    const answer = await post(host.port, own, 'session.login', { operatorCode: '1001', pin: '1234', terminalId: `bench-${i}`, windowNo: null }, '127.0.0.1');
    const ms = performance.now() - started;
    if (!answer.ok) throw new Error(`the real sign-in was refused: ${answer.code}`);
    return ms;
  };
  try {
    for (let i = 0; i < 5; i++) await signIn(-i); // warm-up
    const floor: number[] = [];
    for (let i = 0; i < SIGN_INS; i++) floor.push(await signIn(i));

    // the guessers run in their own process, as on their own machines
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', GUESSER, String(host.port), String(GUESSERS)], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    await new Promise<void>((resolve) => child.stdout.on('data', () => out.includes('READY') && resolve()));
    // let every source get going (and most of them locked out) before timing
    for (let i = 0; i < 5; i++) await signIn(-10 - i);
    const loaded: number[] = [];
    for (let i = 0; i < SIGN_INS; i++) loaded.push(await signIn(SIGN_INS + i));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.stdin.end();
    await exited;
    const [, tries = '0', lockedOut = '0'] = /GUESSES (\d+) (\d+)/.exec(out) ?? [];
    process.stderr.write(
      `login-under-guessing: ${tries} guesses (${lockedOut} answered locked out) during ${SIGN_INS} sign-ins; sign-in p50 ${percentile(loaded, 50).toFixed(1)} ms (alone ${percentile(floor, 50).toFixed(1)} ms)\n`,
    );
    return beside('login_under_guessing_p99', 'ms', percentile(loaded, 99), percentile(floor, 99));
  } finally {
    own.destroy();
    await host.close();
    hall.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
