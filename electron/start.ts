// `npm start`: builds what is stale, then runs the Electron app with its embedded hall on
// the demo branch. Where the Electron runtime is not installed (it cannot be downloaded
// on some machines), it says so in one line and serves the same screens to a browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDataDir } from './hall/paths.ts';
import { startDemoHall } from './hall/demo/demo-host.ts';
import { systemClock } from './hall/clock.ts';
import { SCREEN_PATHS } from './hall/transport/http.ts';
import { stopOnSignals } from './hall/transport/stop-on-signals.ts';
import { DEMO_OPERATORS } from './hall/demo/demo-branch.ts';
import { say } from './hall/cli/say.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function buildIfStale(output: string, sources: string[], script: string): void {
  const built = existsSync(output) ? statSync(output).mtimeMs : 0;
  if (built > 0 && sources.every((s) => newestMtime(join(ROOT, s)) <= built)) return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', '--silent', script], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The Electron binary, if the electron package has downloaded it (or ELECTRON_OVERRIDE_DIST_PATH points at one). */
export function electronBinary(root: string = ROOT, env: NodeJS.ProcessEnv = process.env): string | null {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH ?? join(root, 'node_modules', 'electron', 'dist');
  const binary = relative ? join(dist, relative) : null;
  return binary && existsSync(binary) ? binary : null;
}

/** Electron 45 downloads its binary on first use; try once, bounded, unless told not to. */
function tryDownloadElectron(): void {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return;
  const installer = join(ROOT, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return;
  console.log(say('start.downloading'));
  spawnSync(process.execPath, [installer], { cwd: ROOT, stdio: 'ignore', timeout: 180_000 });
}

buildIfStale(join(ROOT, 'dist/renderer/index.html'), ['renderer', 'shared'], 'build:renderer');
const electron = electronBinary() ?? (tryDownloadElectron(), electronBinary());

if (electron) {
  buildIfStale(join(ROOT, 'dist-electron/main.mjs'), ['electron', 'shared'], 'build:electron');
  // `npm start` is the demo branch; a real installation starts without --demo and runs its first-run setup.
  const child = spawn(electron, [ROOT, '--demo', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(say('start.browserMode'));
  const { hall, host } = await startDemoHall({ dataDir: process.env.COUNTERDESK_DATA_DIR ?? defaultDataDir(), staticDir: join(ROOT, 'dist/renderer'), clock: systemClock });
  console.log(say('start.demo', { branch: hall.config.branchName, db: hall.db.name }));
  for (const path of SCREEN_PATHS) console.log(`  ${path.slice(1).padEnd(9)} ${host.url}${path}`);
  console.log(`  ${say('start.signIn', { operators: DEMO_OPERATORS.map((o) => `${o.code}/${o.pin} (${o.name})`).join(', ') })}`);
  console.log(`READY ${host.url}`);
  stopOnSignals(host, hall);
}
