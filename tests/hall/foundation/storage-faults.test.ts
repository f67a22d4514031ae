// A full disk, a read-only database, a disk running low: staff read what happened in words,
// nothing is half-written, the health check shows it until a write succeeds again, and the
// service refuses to start on a file it may not write instead of crashing with a stack.
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ledgerHall, type LedgerHall } from '../../support/ledger.ts';
import { createHall } from '../../../electron/hall/hall.ts';
import { ManualClock } from '../../../electron/hall/clock.ts';
import { writeDemoAccounts } from '../../../electron/hall/demo/demo-accounts.ts';
import { StorageError } from '../../../electron/hall/db/storage-errors.ts';
import { storageCheck, LOW_DISK_BYTES } from '../../../electron/hall/system/storage-check.ts';

const halls: LedgerHall[] = [];
afterEach(() => {
  for (const h of halls.splice(0)) h.close();
});
async function fileHall(): Promise<LedgerHall> {
  const h = await ledgerHall({ file: true });
  halls.push(h);
  return h;
}
const storage = async (h: LedgerHall) => (await h.call('system.health', {})).checks.find((c) => c.id === 'storage');

describe('a full disk', () => {
  it('refuses the payment in words, writes nothing, shows in the health check until a write succeeds', async () => {
    const h = await fileHall();
    writeDemoAccounts(h.hall.db, 200, { seed: 7, season: '2026-2027', now: h.clock.now() });
    const pages = h.hall.db.pragma('page_count', { simple: true }) as number;
    h.hall.db.pragma(`max_page_count = ${pages + 8}`); // the file may not grow: SQLite answers SQLITE_FULL
    // use up the free pages too, so the payment is the write that finds the disk full
    h.hall.db.exec('CREATE TABLE filler (x BLOB)');
    for (const size of [2000, 200, 20, 1]) {
      expect(() => {
        for (;;) h.hall.db.prepare('INSERT INTO filler VALUES (randomblob(?))').run(size);
      }).toThrow(expect.objectContaining({ code: 'SQLITE_FULL' }));
    }
    // the disk fills during business: payments go on until one needs a page the disk does not have
    const accounts = h.hall.db.prepare('SELECT DISTINCT a.account_no FROM accounts a JOIN charges c ON c.account_id = a.id ORDER BY a.id LIMIT 200').pluck().all() as string[];
    let refused: { code: string; key?: string; message: string } | null = null;
    let refusedAccount = '';
    let entries = h.count('ledger_entries');
    for (const accountNo of accounts) {
      const statement = await h.statement(accountNo);
      const res = await h.raw(
        'ledger.recordPayment',
        { idempotencyKey: randomUUID(), accountNo, expectedTotalFen: statement.totalFen, tenders: [{ method: 'cash', amountFen: statement.totalFen, reference: null }] },
        h.cashier,
      );
      if (!res.ok) {
        refused = res.error;
        refusedAccount = accountNo;
        break;
      }
      entries += 1;
    }
    expect(refused).toMatchObject({ code: 'unavailable', key: 'diskFull', message: '存储空间已满，本次操作没有保存。请通知管理员清理磁盘后再试' });
    h.hall.db.pragma('max_page_count = 1073741823');
    expect(h.count('ledger_entries')).toBe(entries);
    expect(await storage(h)).toMatchObject({ ok: false, detailKey: 'health:storageFailed.diskFull' });
    expect((await h.call('system.health', {})).ok).toBe(false);
    await h.pay(refusedAccount); // room again: the cashier tries again, it goes through, and the alarm clears
    expect(await storage(h)).toMatchObject({ ok: true, detailKey: 'health:storageDetail' });
  });
});

describe('a database that became read-only while the hall runs', () => {
  it('is said as read-only, not as an internal error', async () => {
    const h = await fileHall();
    h.hall.db.pragma('query_only = 1');
    const res = await h.raw('system.ping', {}, h.cashier);
    expect(res.ok ? null : res.error).toMatchObject({ code: 'unavailable', key: 'readOnly' });
    expect(await storage(h)).toMatchObject({ ok: false, detailKey: 'health:storageFailed.readOnly' });
  });
});

describe('a database file the hall may not write', () => {
  it('is refused at start with a StorageError, and `serve` says so in words with exit 1', async () => {
    const h = await fileHall();
    const dbPath = h.hall.config.dbPath;
    h.hall.close();
    execFileSync('chattr', ['+i', dbPath]); // read-only even for root
    try {
      expect(() => createHall({ dbPath, printWorker: false }, new ManualClock('2026-11-23T01:00:00Z'))).toThrow(StorageError);
      const serve = spawnSync(process.execPath, ['electron/hall/cli/serve.ts', '--db', dbPath, '--port', '0', '--clock', '2026-11-23T01:00:00Z'], { encoding: 'utf8', timeout: 60_000 });
      expect(serve.status).toBe(1);
      expect(serve.stderr).toContain(`营业厅服务无法启动：数据库不能写入（文件或文件夹只读），本次操作没有保存。请通知管理员（${dbPath}）`);
      expect(serve.stderr).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      execFileSync('chattr', ['-i', dbPath]);
    }
  });
});

describe('the disk running low', () => {
  it('turns the storage check red below the threshold', () => {
    const dbPath = join('/data', 'counterdesk.db');
    expect(storageCheck(dbPath, null, () => LOW_DISK_BYTES - 1, 'Asia/Shanghai')).toMatchObject({ ok: false, detailKey: 'health:storageLow', params: { freeMb: 255 } });
    expect(storageCheck(dbPath, null, () => 10 * LOW_DISK_BYTES, 'Asia/Shanghai')).toMatchObject({ ok: true, params: { freeMb: 2560 } });
  });
});
