// host_cold_start_ms: from spawning `serve` on a fresh database to its first API answer.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figure } from './figure.ts';
import { percentile, round } from './figure.ts';

const SERVE = fileURLToPath(new URL('../../electron/hall/cli/serve.ts', import.meta.url));

async function coldStartOnce(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-'));
  const started = performance.now();
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', SERVE, '--db', join(dir, 'hall.db'), '--port', '0', '--demo'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /READY (\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
    });
    const res = await fetch(`${url}/api/system.health`, { method: 'POST', body: '{}' });
    const body = (await res.json()) as { ok: boolean };
    if (!body.ok) throw new Error('health failed');
    return performance.now() - started;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function (): Promise<Figure[]> {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) samples.push(await coldStartOnce());
  return [{ name: 'host_cold_start_ms', value: round(percentile(samples, 50), 1), unit: 'ms' }];
}
