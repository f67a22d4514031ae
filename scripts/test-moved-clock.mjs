// The unit suite again under moved system clocks, so a test (or code) that only works on the day
// it was written fails the day it is written. libfaketime moves the clock of every process it
// starts, child processes included (LD_PRELOAD and FAKETIME are inherited); the clock keeps running
// from the instant given ('@'). Monotonic time is left alone so timers behave.
import { spawnSync } from 'node:child_process';

// Shanghai local time, where the halls are: the last seconds of a leap day and of a year.
const INSTANTS = ['2028-02-29 23:59:30', '2026-12-31 23:59:40'];

if (process.platform !== 'linux') {
  console.log('moved-clock pass: needs libfaketime (Linux); skipped on this platform');
  process.exit(0);
}
if (spawnSync('faketime', ['--version']).error) {
  console.error("moved-clock pass: faketime is missing; install Debian's faketime package (scripts/install-system-deps.sh)");
  process.exit(1);
}
const npx = 'npx';
for (const instant of INSTANTS) {
  console.log(`\n— unit tests with the clock moved to ${instant} (Asia/Shanghai) —`);
  const env = { ...process.env, TZ: 'Asia/Shanghai', FAKETIME_DONT_FAKE_MONOTONIC: '1' };
  const run = spawnSync('faketime', ['-f', `@${instant}`, npx, 'vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit', env });
  if (run.status !== 0) {
    console.error(`moved-clock pass failed at ${instant}: a test or the code depends on the day it runs`);
    process.exit(run.status ?? 1);
  }
}
