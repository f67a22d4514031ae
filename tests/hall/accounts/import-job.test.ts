// The apply runs as a job in a worker thread on its own connection: the managers' screens get
// progress as it goes, and the hall keeps answering while 30,000 rows are written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHall, type TestHall } from '../../support/hall.ts';
import { DEMO_DATA_CLI } from '../../bench/support/demo-db.ts';

describe('accounts import as a job', () => {
  let t: TestHall;
  let manager: string;
  let bytes: Buffer;
  beforeAll(async () => {
    t = testHall({ file: true });
    manager = await t.login('9001', '9999', null);
    const csv = join(t.dir, 'accounts.csv');
    execFileSync(process.execPath, [DEMO_DATA_CLI, '--accounts', '30000', '--out', csv, '--season', '2026-2027', '--seed', '11'], { stdio: 'ignore' });
    bytes = readFileSync(csv);
  });
  afterAll(() => t.close());

  it('publishes progress, keeps answering reads meanwhile, and writes everything in one go', async () => {
    const events: Array<{ stage: string; done: number; total: number }> = [];
    // Reads made on the hall's thread while the worker writes (at its first progress report of the
    // write, whatever the machine's speed): answered, and never a part of the import.
    const seenDuring: number[] = [];
    let healthDuring: Promise<{ ok: boolean }> | null = null;
    t.hall.bus.subscribe((e) => {
      if (e.name !== 'accounts.importProgressed') return;
      const progress = e.payload as { stage: string; done: number; total: number };
      events.push(progress);
      if (progress.stage === 'writing' && !healthDuring) {
        seenDuring.push(t.hall.db.prepare('SELECT COUNT(*) FROM accounts').pluck().get() as number);
        healthDuring = t.call('system.health', {}, manager);
      }
    });
    const preview = await t.call('accounts.importPreview', { fileName: 'accounts.csv', base64: bytes.toString('base64') }, manager);
    expect(preview).toMatchObject({ toCreate: 30_000, errors: [] });

    const result = await t.call('accounts.importApply', { fileName: 'accounts.csv', base64: bytes.toString('base64'), previewSha256: preview.fileSha256 }, manager);
    expect(healthDuring).not.toBeNull();
    expect((await healthDuring!).ok).toBe(true);
    // all or nothing: the worker may have committed by the time the report was read, never half
    expect(seenDuring).toHaveLength(1);
    expect([0, 30_000]).toContain(seenDuring[0]);
    expect(result).toMatchObject({ toCreate: 30_000, valid: 30_000, errors: [] });
    expect(result.importId).toBeGreaterThan(0);
    expect(t.hall.db.prepare('SELECT COUNT(*) FROM accounts').pluck().get()).toBe(30_000);
    expect(t.hall.db.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'accounts.imported'").pluck().get()).toBe(1);

    const stages = [...new Set(events.map((e) => e.stage))];
    expect(stages).toEqual(['reading', 'checking', 'writing', 'done']);
    const writing = events.filter((e) => e.stage === 'writing').map((e) => e.done);
    expect(writing.length).toBeGreaterThan(2);
    expect(writing).toEqual([...writing].sort((a, b) => a - b));
    expect(writing.at(-1)).toBe(30_000);
  });

  it('a cashier may not run it, and a changed file is refused with nothing written', async () => {
    const cashier = await t.login('1001', '1234', 1);
    expect((await t.raw('accounts.importApply', { fileName: 'a.csv', base64: bytes.toString('base64'), previewSha256: '0'.repeat(64) }, cashier)).ok).toBe(false);
    const before = t.hall.db.prepare('SELECT COUNT(*) FROM account_imports').pluck().get();
    const res = await t.raw('accounts.importApply', { fileName: 'a.csv', base64: bytes.toString('base64'), previewSha256: '0'.repeat(64) }, manager);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toBe('文件与预览时不同，请重新预览后再导入');
    expect(t.hall.db.prepare('SELECT COUNT(*) FROM account_imports').pluck().get()).toBe(before);
  });
});
