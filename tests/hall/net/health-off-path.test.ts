// Health off the request path (issue 20): anonymous `system.health` ran `PRAGMA quick_check` on
// the hall's thread (~2 s on a 1M-account branch, blocking every other call, for anyone asking)
// and told the database's file path. Now the check runs on start and on a timer, off the thread,
// and health answers its last result and age.
import { afterEach, describe, expect, it } from 'vitest';
import { createHall, type Hall } from '../../../electron/hall/hall.ts';
import { ManualClock } from '../../../electron/hall/clock.ts';
import { seedDemoBranch } from '../../../electron/hall/demo/demo-branch.ts';
import { testHall, type TestHall } from '../../support/hall.ts';
import { startHost, type HallHost } from '../../../electron/hall/transport/host.ts';
import type { Health } from '../../../shared/api/system.api.ts';

let hall: Hall | null = null;
let t: TestHall | null = null;
let host: HallHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
  hall?.close();
  hall = null;
  t?.close();
  t = null;
});

const health = async (h: Hall) => {
  const res = await h.dispatcher.call({ token: null }, 'system.health', {});
  if (!res.ok) throw new Error(res.error.message);
  return res.result as Health;
};
const database = (h: Health) => h.checks.find((c) => c.id === 'database')!;

describe('system.health', () => {
  it('over HTTP, to an anonymous caller, names no file path', async () => {
    t = testHall({ file: true });
    host = await startHost(t.hall);
    const res = await fetch(`${host.url}/api/system.health`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const text = await res.text();
    expect(text).toContain('"ok":true');
    expect(text).not.toContain(t.dir);
    expect(text).not.toContain('hall.db');
  });

  it('a slow integrity check holds no call: health answers "under way", then the result and its age', async () => {
    const clock = new ManualClock('2026-11-23T01:00:00.000Z');
    let finish: (result: string) => void = () => undefined;
    let probes = 0;
    hall = createHall({ dbPath: ':memory:', port: 0, printWorker: false }, clock, {
      integrityProbe: () => {
        probes += 1;
        return new Promise((resolve) => (finish = resolve));
      },
    });
    seedDemoBranch(hall);
    const login = await hall.dispatcher.call({ token: null }, 'session.login', { operatorCode: '1001', pin: '1234', terminalId: 't', windowNo: 1 });
    const token = login.ok ? (login.result as { token: string }).token : null;
    // the check is still running: every other call is answered meanwhile
    for (let i = 0; i < 5; i++) expect(database(await health(hall))).toMatchObject({ ok: true, detailKey: 'health:databasePending' });
    expect(await hall.dispatcher.call({ token }, 'system.ping', {})).toMatchObject({ ok: true });
    expect(probes).toBe(1); // asking for health starts no check

    finish('ok');
    await Promise.resolve();
    await Promise.resolve();
    clock.advance(7 * 60_000);
    expect(database(await health(hall))).toEqual({ id: 'database', ok: true, detailKey: 'health:databaseDetail', params: { minutes: 7 } });
  });

  it('a damaged database turns the line red, without SQLite’s text', async () => {
    const clock = new ManualClock('2026-11-23T01:00:00.000Z');
    hall = createHall({ dbPath: ':memory:', port: 0, printWorker: false }, clock, { integrityProbe: () => Promise.resolve('*** in database main *** Page 7 is never used') });
    await new Promise((resolve) => setImmediate(resolve)); // the first check, started with the hall, has finished
    const h = await health(hall);
    expect(database(h)).toEqual({ id: 'database', ok: false, detailKey: 'health:databaseDamaged', params: { minutes: 0 } });
    expect(h.ok).toBe(false);
  });
});
