// Online backups: taken while the hall runs, verified before they count, kept by retention,
// shown in the health check, and put back by restore only when whole.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, statSync, writeFileSync, openSync, writeSync, closeSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ledgerHall, type LedgerHall } from '../../support/ledger.ts';
import { checkBackupFile, restoreBackup } from '../../../electron/hall/backup/index.ts';
import { backupsToRemove } from '../../../electron/hall/backup/retention.ts';
import { verifyLedgerFile } from '../../../electron/hall/ledger/index.ts';
import type { PublishedEvent } from '../../../electron/hall/events.ts';
import { openDatabase } from '../../../electron/hall/db/open.ts';
import { ManualClock } from '../../../electron/hall/clock.ts';

const halls: LedgerHall[] = [];
afterEach(() => {
  for (const h of halls.splice(0)) h.close();
});
async function hallWithPayments(count = 3): Promise<LedgerHall> {
  const h = await ledgerHall({ file: true });
  halls.push(h);
  for (const accountNo of owing(h, count)) await h.pay(accountNo);
  return h;
}
/** Accounts of the demo branch that owe something, one payment each. */
const owing = (h: LedgerHall, count: number): string[] =>
  h.hall.db.prepare('SELECT DISTINCT a.account_no FROM accounts a JOIN charges c ON c.account_id = a.id ORDER BY a.id LIMIT ?').pluck().all(count) as string[];
const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('an online backup', () => {
  it('copies the live database into one owner-only file that passes the integrity check and the ledger verify', async () => {
    const h = await hallWithPayments();
    const heard: PublishedEvent[] = [];
    h.hall.bus.subscribe((e) => heard.push(e));
    const entries = h.count('ledger_entries'); // the payments and the shifts they were taken in
    const run = await h.call('backup.run', {}, h.manager);
    expect(run).toMatchObject({ ok: true, reason: 'manual', problem: null, entries });
    const folder = join(h.dir, 'backups');
    expect(run.file).toBe(join(folder, readdirSync(folder)[0]!));
    expect(readdirSync(folder)).toEqual([expect.stringMatching(/^counterdesk-20261123T010000Z\.db$/)]); // no -wal, -shm or .partial beside it
    expect(modeOf(run.file!)).toBe(0o600);
    expect(modeOf(folder)).toBe(0o700);
    const report = await verifyLedgerFile(run.file!);
    expect(report).toMatchObject({ ok: true, entriesChecked: entries, headSeq: run.headSeq });
    expect(report.signaturesChecked).toBe(entries);
    expect(heard.find((e) => e.name === 'backup.finished')?.payload).toMatchObject({ id: run.id, ok: true });
  });

  it('goes on taking payments while it copies, and the copy is the database as of one moment', async () => {
    const h = await hallWithPayments(2);
    const before = h.count('ledger_entries');
    const [late] = owing(h, 3).slice(2);
    const running = h.call('backup.run', {}, h.manager);
    await h.pay(late!);
    const run = await running;
    expect(run.ok).toBe(true);
    expect([before, before + 1]).toContain(run.entries);
    expect((await verifyLedgerFile(run.file!)).ok).toBe(true);
  });

  it('is refused for a cashier', async () => {
    const h = await hallWithPayments(0);
    const res = await h.raw('backup.run', {}, h.cashier);
    expect(res.ok ? null : res.error.code).toBe('forbidden');
  });

  it('does not count when the folder cannot be written, leaves nothing half-written, and the health check says so once it is late', async () => {
    const h = await hallWithPayments(1);
    const good = await h.call('backup.run', {}, h.manager);
    const folder = join(h.dir, 'backups');
    execFileSync('chattr', ['+i', folder]);
    try {
      h.clock.advance(61 * 60_000);
      const bad = await h.call('backup.run', {}, h.manager);
      expect(bad.ok).toBe(false);
      expect(bad.problem).not.toBeNull();
      expect(bad.file).toBeNull();
    } finally {
      execFileSync('chattr', ['-i', folder]);
    }
    expect(readdirSync(folder)).toEqual([good.file!.split('/').pop()]);
    const status = await h.call('backup.status', {}, h.manager);
    expect(status.lastGood?.id).toBe(good.id);
    expect(status).toMatchObject({ ageMinutes: 61, fresh: false });
    const health = await h.call('system.health', {});
    expect(health.checks.find((c) => c.id === 'backup')).toMatchObject({ ok: false, detailKey: 'health:backupStale', params: { minutes: 61 } });
    expect(health.ok).toBe(false);
  });

  it('shows its age in the health check: pending right after start, fresh after a run', async () => {
    const h = await hallWithPayments(0);
    expect((await h.call('system.health', {})).checks.find((c) => c.id === 'backup')).toMatchObject({ ok: true, detailKey: 'health:backupPending' });
    await h.call('backup.run', {}, h.manager);
    h.clock.advance(12 * 60_000);
    expect((await h.call('system.health', {})).checks.find((c) => c.id === 'backup')).toMatchObject({ ok: true, detailKey: 'health:backupAge', params: { minutes: 12 } });
  });
});

describe('retention', () => {
  const at = (iso: string, id: number) => ({ id, at: new Date(iso) });
  it('keeps the newest N and the newest of each of the last days, in the hall zone', () => {
    const now = new Date('2026-12-10T04:00:00Z');
    const kept = [
      at('2026-12-10T03:30:00Z', 10),
      at('2026-12-10T03:00:00Z', 9),
      at('2026-12-10T02:30:00Z', 8),
      at('2026-12-09T15:50:00Z', 7), // 23:50 on the 9th in Shanghai: the 9th's last
      at('2026-12-09T15:40:00Z', 6),
      at('2026-12-09T16:10:00Z', 5), // 00:10 on the 10th in Shanghai
      at('2026-12-01T10:00:00Z', 4), // beyond keepDays
    ];
    const removed = backupsToRemove(kept, now, { keep: 2, keepDays: 3 }, 'Asia/Shanghai').map((b) => b.id);
    expect(removed.sort()).toEqual([4, 5, 6, 8]);
  });
  it('never removes the newest backup, even with keep 0-like settings', () => {
    expect(backupsToRemove([at('2026-01-01T00:00:00Z', 1)], new Date('2027-01-01T00:00:00Z'), { keep: 0, keepDays: 0 }, 'UTC')).toEqual([]);
  });
  it('removes the files it no longer keeps after a good run', async () => {
    const h = await hallWithPayments(0);
    h.hall.config.backup.keep = 2;
    h.hall.config.backup.keepDays = 0;
    const runs = [];
    for (let i = 0; i < 4; i++) {
      runs.push(await h.call('backup.run', {}, h.manager));
      h.clock.advance(30 * 60_000);
    }
    expect(readdirSync(join(h.dir, 'backups')).sort()).toEqual(runs.slice(2).map((r) => r.file!.split('/').pop()));
  });
});

describe('checking a backup file', () => {
  it('finds a damaged page', async () => {
    const h = await hallWithPayments(3);
    const { file } = await h.call('backup.run', {}, h.manager);
    const size = statSync(file!).size;
    const fd = openSync(file!, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, size - 8192);
    closeSync(fd);
    const check = await checkBackupFile(file!);
    expect(check.ok).toBe(false);
    expect(check.ok ? null : check.problem).toMatch(/integrity|ledger/);
  });
  it('finds an edited payment', async () => {
    const h = await hallWithPayments(3);
    const { file } = await h.call('backup.run', {}, h.manager);
    const db = new Database(file!);
    const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='ledger_entries'").pluck().all() as string[];
    for (const t of triggers) db.exec(`DROP TRIGGER ${t}`);
    db.prepare('UPDATE ledger_entries SET amount_fen = amount_fen - 100 WHERE seq = 2').run();
    db.close();
    expect(await checkBackupFile(file!)).toMatchObject({ ok: false, problem: 'ledger' });
  });
});

describe('restore', () => {
  it('refuses a broken backup and touches nothing', async () => {
    const h = await hallWithPayments(1);
    const target = join(h.dir, 'restore-target.db');
    writeFileSync(target, 'the database in use');
    const broken = join(h.dir, 'broken.db');
    writeFileSync(broken, Buffer.alloc(8192, 7));
    const outcome = await restoreBackup(broken, target, h.clock.now());
    expect(outcome).toMatchObject({ ok: false, why: 'broken' });
    expect(readdirSync(h.dir).filter((f) => f.startsWith('restore-target'))).toEqual(['restore-target.db']);
  });

  it('refuses while the hall still has the database open', async () => {
    const h = await hallWithPayments(1);
    const { file } = await h.call('backup.run', {}, h.manager);
    expect(await restoreBackup(file!, h.hall.config.dbPath, h.clock.now())).toMatchObject({ ok: false, why: 'inUse' });
  });

  it('puts a good backup back, keeps the database it replaces, and the hall opens it with the backup’s ledger', async () => {
    const h = await hallWithPayments(2);
    const entries = h.count('ledger_entries');
    const { file } = await h.call('backup.run', {}, h.manager);
    await h.pay(owing(h, 3)[2]!); // after the backup: lost by the restore, kept in the replaced file
    const dbPath = h.hall.config.dbPath;
    h.hall.close();
    const result = spawnSync(process.execPath, ['electron/hall/cli/restore.ts', '--from', file!, '--db', dbPath, '--clock', '2026-11-23T02:00:00Z'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('已恢复');
    expect(result.stdout).toContain('restored: ');
    const kept = `${dbPath}.before-restore-20261123T020000Z`;
    expect(existsSync(kept)).toBe(true);
    expect((await verifyLedgerFile(dbPath)).entriesChecked).toBe(entries);
    expect((await verifyLedgerFile(kept)).entriesChecked).toBe(entries + 1);
    expect(modeOf(dbPath)).toBe(0o600);
  });

  it('says why it refuses on the command line, with exit 1', async () => {
    const h = await hallWithPayments(1);
    const broken = join(h.dir, 'broken.db');
    writeFileSync(broken, 'not a database');
    const result = spawnSync(process.execPath, ['electron/hall/cli/restore.ts', '--from', broken, '--db', join(h.dir, 'x.db')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('备份已损坏，拒绝恢复');
    expect(existsSync(join(h.dir, 'x.db'))).toBe(false);
  });
});

describe('data at rest', () => {
  it('creates the database owner-only, its WAL too, in owner-only folders', () => {
    const root = mkdtempSync(join(tmpdir(), 'cd-rest-'));
    try {
      const dbPath = join(root, 'branch', 'data', 'counterdesk.db');
      const { db } = openDatabase({ path: dbPath, clock: new ManualClock('2026-11-23T01:00:00Z') });
      db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('x', '1', '2026-11-23T01:00:00Z')").run();
      expect(modeOf(dbPath)).toBe(0o600);
      expect(modeOf(`${dbPath}-wal`)).toBe(0o600);
      expect(modeOf(join(root, 'branch'))).toBe(0o700);
      expect(modeOf(join(root, 'branch', 'data'))).toBe(0o700);
      db.close();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the day close', () => {
  it('is followed by a verified backup of the closed day', async () => {
    const h = await hallWithPayments(1);
    const finished = new Promise<unknown>((resolve) => h.hall.bus.subscribe((e) => e.name === 'backup.finished' && resolve(e.payload)));
    for (const token of [h.cashier, h.cashier2]) {
      const { shift } = await h.call('shifts.current', {}, token);
      if (shift) await h.call('shifts.close', { count: { y100: Math.floor(shift.expectedCashFen / 10_000) }, note: '日终' }, token);
    }
    await h.call('dayclose.close', { date: '2026-11-23' }, h.manager);
    expect(await finished).toMatchObject({ ok: true, reason: 'dayClose' });
  });
});
