// A malformed percent-encoding in the URL is the caller's mistake: a clear 400 (or 404 for a
// screen file), never a 500 with a stack trace in the hall's log.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testHall, type TestHall } from '../../support/hall.ts';
import { startHost, type HallHost } from '../../../electron/hall/transport/host.ts';
import type { ApiResponse } from '../../../shared/errors.ts';

let t: TestHall;
let host: HallHost;
afterEach(async () => {
  vi.restoreAllMocks();
  await host.close();
  t.close();
});

describe('malformed percent-encoding', () => {
  it('in the method name answers 400 with the name as sent, and logs no stack', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    t = testHall();
    t.hall.config.port = 0;
    t.hall.config.staticDir = t.dir;
    host = await startHost(t.hall);
    const res = await fetch(`${host.url}/api/ledger.%E0%A4%A`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ApiResponse;
    expect(body.ok).toBe(false);
    if (!body.ok) {
      expect(body.error.code).toBe('unknown_method');
      expect(body.error.message).toBe('没有这个功能：ledger.%E0%A4%A');
    }
    const english = await fetch(`${host.url}/api/%FF`, { method: 'POST', headers: { 'x-counterdesk-locale': 'en' }, body: '{}' });
    expect(english.status).toBe(400);
    expect(((await english.json()) as { error: { message: string } }).error.message).toBe('No such function: %FF');
    const screenFile = await fetch(`${host.url}/assets/%E0%A4%A.js`);
    expect(screenFile.status).toBe(404);
    expect(logged).not.toHaveBeenCalled();
  });
});
