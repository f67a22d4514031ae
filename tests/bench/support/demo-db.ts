// A 1,000,000-account demo branch takes ~25 s to generate; benches share one copy in the
// temp folder, keyed by the schema and generator sources so a change makes a fresh one.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DEMO_DATA_CLI = join(ROOT, 'electron/hall/cli/demo-data.ts');
/** The benches' business instant (10:00 in Shanghai on a Monday of the heating season), whatever day they run. */
export const BENCH_CLOCK = '2026-11-23T02:00:00.000Z';

function sourcesKey(): string {
  const hash = createHash('sha256');
  const migrations = join(ROOT, 'electron/hall/db/migrations');
  for (const f of readdirSync(migrations).sort()) hash.update(readFileSync(join(migrations, f)));
  for (const f of ['electron/hall/accounts/demo-accounts.ts', 'electron/hall/accounts/accounts-store.ts', 'electron/hall/demo/demo-accounts.ts']) {
    hash.update(readFileSync(join(ROOT, f)));
  }
  return hash.digest('hex').slice(0, 12);
}

export function cachedDemoDb(accounts: number): string {
  const dir = join(tmpdir(), 'counterdesk-bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `demo-${accounts}-${sourcesKey()}.db`);
  if (!existsSync(path)) {
    execFileSync(process.execPath, [DEMO_DATA_CLI, '--accounts', String(accounts), '--out', `${path}.tmp.db`, '--season', '2026-2027', '--clock', BENCH_CLOCK, '--force'], { stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('mv', [`${path}.tmp.db`, path]);
  }
  return path;
}
