// Test helpers: a real hall on an in-memory (or temp file) database with the demo branch,
// and calls that go through the real dispatcher as a signed-in operator.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHall, type Hall } from '../../electron/hall/hall.ts';
import { ManualClock } from '../../electron/hall/clock.ts';
import type { HallConfigInput } from '../../electron/hall/config.ts';
import { seedDemoBranch } from '../../electron/hall/demo/demo-branch.ts';
import type { MethodName, Input, Output } from '../../shared/api/index.ts';
import type { ApiResponse } from '../../shared/errors.ts';

export interface TestHall {
  hall: Hall;
  clock: ManualClock;
  dir: string;
  /** Raw call: returns the wire response. */
  raw(method: string, input: unknown, token?: string | null): Promise<ApiResponse>;
  /** Typed call that throws on an error response. */
  call<M extends MethodName>(method: M, input: Input<M>, token?: string | null): Promise<Output<M>>;
  login(code?: string, pin?: string, windowNo?: number | null): Promise<string>;
  close(): void;
}

export function testHall(options: { file?: boolean; start?: string; printWorker?: boolean; config?: Partial<HallConfigInput> } = {}): TestHall {
  const dir = mkdtempSync(join(tmpdir(), 'cd-test-'));
  const clock = new ManualClock(options.start ?? '2026-11-23T01:00:00.000Z');
  const hall = createHall({ ...options.config, dbPath: options.file ? join(dir, 'hall.db') : ':memory:', port: 0, printWorker: options.printWorker ?? false }, clock);
  seedDemoBranch(hall);
  const t: TestHall = {
    hall,
    clock,
    dir,
    raw: (method, input, token = null) => hall.dispatcher.call({ token }, method, input),
    async call(method, input, token = null) {
      const res = await hall.dispatcher.call({ token }, method, input);
      if (!res.ok) throw new Error(`${method}: ${res.error.code} ${res.error.message}`);
      return res.result as never;
    },
    async login(code = '1001', pin = '1234', windowNo = 1) {
      const s = await t.call('session.login', { operatorCode: code, pin, terminalId: `test-${code}`, windowNo });
      return s.token;
    },
    close() {
      hall.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}
