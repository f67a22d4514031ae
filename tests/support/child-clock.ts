// Child processes of the tests run their own hall on the test's database file. Their clock is
// the test's, handed over as `--clock ISO` exactly as `serve --clock` takes it: a child that read
// the machine's clock would see another business day than the test whenever the two differ.
import { parseArgs } from 'node:util';
import { clockFromOption, type Clock } from '../../electron/hall/clock.ts';

/** Arguments for spawning a child hall that runs on the same time as `clock`. */
export function clockArgs(clock: Clock): string[] {
  return ['--clock', clock.now().toISOString()];
}

/** In the child: its clock (required) and the positional arguments. */
export function childClockAndArgs(argv: string[]): { clock: Clock; positionals: string[] } {
  const { values, positionals } = parseArgs({ args: argv, options: { clock: { type: 'string' } }, allowPositionals: true, strict: true });
  if (!values.clock) throw new Error('a child hall takes its clock from the test: pass --clock ISO');
  return { clock: clockFromOption(values.clock), positionals };
}
