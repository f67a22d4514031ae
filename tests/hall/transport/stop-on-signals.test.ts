// `npm run serve` and `npm start`'s browser mode stop through one function: host first, then the
// hall, then exit, once, however many signals arrive.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { stopOnSignals } from '../../../electron/hall/transport/stop-on-signals.ts';

function fakeProcess() {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  return { emitter, exits, proc: { on: (signal: 'SIGINT' | 'SIGTERM', listener: () => void) => emitter.on(signal, listener), exit: (code: number) => void exits.push(code) } };
}

describe('stopping the hall on a signal', () => {
  it('closes the host, then the hall, then exits 0 — once, even on a second signal', async () => {
    const order: string[] = [];
    let release!: () => void;
    const host = { close: () => new Promise<void>((resolve) => (release = () => (order.push('host'), resolve()))) };
    const hall = { close: () => void order.push('hall') };
    const { emitter, exits, proc } = fakeProcess();
    stopOnSignals(host, hall, proc);
    emitter.emit('SIGINT');
    emitter.emit('SIGTERM'); // an impatient second stop while the first runs
    expect(order).toEqual([]); // the hall stays open while the host still answers calls in flight
    release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['host', 'hall']);
    expect(exits).toEqual([0]);
  });

  it('still closes the hall, and exits 1, when the host fails to close', async () => {
    const order: string[] = [];
    const { emitter, exits, proc } = fakeProcess();
    const quiet = console.error;
    console.error = () => undefined;
    try {
      stopOnSignals({ close: () => Promise.reject(new Error('EBADF')) }, { close: () => void order.push('hall') }, proc);
      emitter.emit('SIGTERM');
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      console.error = quiet;
    }
    expect(order).toEqual(['hall']);
    expect(exits).toEqual([1]);
  });
});
