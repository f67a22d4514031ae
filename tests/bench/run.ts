// `npm run bench [-- --json] [-- --only name]`: runs every tests/bench/*.bench.ts in its own
// process (so one bench's heap and database do not skew another) and prints one line per
// figure, `name value unit`, or a JSON array with --json. Every figure comes with its floor and
// ratio (`name_floor`, `name_ratio`, see figure.ts): a bench that reports one without is a failure.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withoutFloor, type Bench, type Figure } from './figure.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;

if (args[0] === '--child') {
  const file = args[1]!;
  const bench = (await import(new URL(file, `file://${dir}/`).href)) as { default: Bench };
  const figures = await bench.default();
  process.stdout.write(`\n@@FIGURES@@${JSON.stringify(figures)}\n`);
  process.exit(0);
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.startsWith(only))
  .sort();
const all: Figure[] = [];
let failed = false;
for (const file of files) {
  // Let the disk finish writing what the previous bench left (a million-row database) so its
  // write-back does not land in the next bench's fsyncs.
  if (process.platform !== 'win32') spawnSync('sync');
  const child = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', fileURLToPath(import.meta.url), '--child', file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const marker = child.stdout.lastIndexOf('@@FIGURES@@');
  if (child.status !== 0 || marker < 0) {
    failed = true;
    console.error(`bench ${file} failed (exit ${child.status})\n${child.stdout}`);
    continue;
  }
  const figures = JSON.parse(child.stdout.slice(marker + '@@FIGURES@@'.length)) as Figure[];
  const bare = withoutFloor(figures);
  if (bare.length > 0) {
    failed = true;
    console.error(`bench ${file}: ${bare.join(', ')} reported without a floor measured in the same run`);
  }
  all.push(...figures);
  if (!json) for (const f of figures) console.log(`${f.name} ${f.value} ${f.unit}`);
}
if (json) console.log(JSON.stringify(all, null, 2));
process.exit(failed ? 1 : 0);
