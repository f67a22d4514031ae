// `npm run quickstart` / `npm run quicktest`: everything a fresh machine needs, then
// start or test. Plain JavaScript so it runs on whatever Node came with npm: when that
// Node is older than 22.12 it fetches Node 24 from the npm registry into .tools/node
// (the registry is reachable where nodejs.org may not be) and continues under it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, symlinkSync, cpSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TOOLS = join(ROOT, '.tools');
const NODE_HOME = join(TOOLS, 'node');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const goal = process.argv[2];
if (goal !== 'start' && goal !== 'test') {
  console.error('usage: node scripts/bootstrap.mjs start|test');
  process.exit(2);
}

function run(cmd, args, env = process.env) {
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function nodeIsRecent(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 12);
}

function nodeBinDir() {
  return process.platform === 'win32' ? NODE_HOME : join(NODE_HOME, 'bin');
}

function installNode24() {
  const platform = { linux: 'linux', darwin: 'darwin', win32: 'win' }[process.platform];
  if (!platform) throw new Error(`no Node 24 package for ${process.platform}; install Node 24 yourself`);
  const pkg = `node-${platform}-${process.arch}`;
  const prefix = join(TOOLS, 'node-pkg');
  console.log(`Node ${process.version} is too old for CounterDesk; installing Node 24 (${pkg}@24) into .tools/ …`);
  mkdirSync(prefix, { recursive: true });
  run(npm, ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `${pkg}@24`]);
  const installed = join(prefix, 'node_modules', pkg);
  rmSync(NODE_HOME, { recursive: true, force: true });
  try {
    symlinkSync(installed, NODE_HOME, 'junction');
  } catch {
    cpSync(installed, NODE_HOME, { recursive: true });
  }
}

const env = { ...process.env };
if (!nodeIsRecent(process.version)) {
  const bin = nodeBinDir();
  const nodeExe = join(bin, process.platform === 'win32' ? 'node.exe' : 'node');
  const probe = existsSync(nodeExe) ? spawnSync(nodeExe, ['--version'], { encoding: 'utf8' }) : null;
  if (!probe || probe.status !== 0 || !nodeIsRecent(probe.stdout.trim())) installNode24();
  env.PATH = `${bin}${delimiter}${env.PATH ?? ''}`;
  // node-gyp (should anything compile) uses the headers shipped with that Node instead of downloading them.
  env.npm_config_nodedir = NODE_HOME;
}

// Install (again) when node_modules is missing or older than the lockfile.
const installedMarker = join(ROOT, 'node_modules', '.package-lock.json');
if (!existsSync(installedMarker) || statSync(installedMarker).mtimeMs < statSync(join(ROOT, 'package-lock.json')).mtimeMs) {
  run(npm, ['ci', '--no-audit', '--no-fund'], env);
}
// The tests drive Debian's Chromium with a CJK font and move the clock with faketime; install them where we can.
if (goal === 'test' && process.platform === 'linux' && (!existsSync(env.CHROMIUM_PATH ?? '/usr/bin/chromium') || !existsSync('/usr/bin/faketime'))) {
  run('bash', [join(ROOT, 'scripts', 'install-system-deps.sh')], env);
}
run(npm, [goal === 'start' ? 'start' : 'test'], env);
