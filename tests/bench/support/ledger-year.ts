// A year of a large branch: 1,000,000 ledger entries over 365 business days (about 2,740 a day
// on 8 windows), each day closed by a dayClose entry carrying its running totals, except the
// last, which the day_close_1m bench closes. Generated once per schema/chain version and
// cached in the temp folder.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHall } from '../../../electron/hall/hall.ts';
import { clockFromOption } from '../../../electron/hall/clock.ts';
import { seedDemoBranch } from '../../../electron/hall/demo/demo-branch.ts';
import { ledgerAppender } from '../../../electron/hall/ledger/append-entry.ts';
import { nextDate } from '../../../electron/hall/ledger/day-lock.ts';
import { BENCH_CLOCK } from './demo-db.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** DAY_CLOSE_BENCH_ENTRIES makes a shorter year (same busy days) for a quick look on a loaded machine. */
export const YEAR_ENTRIES = Number(process.env.DAY_CLOSE_BENCH_ENTRIES ?? 1_000_000);
export const YEAR_DAYS = Math.max(2, Math.round(YEAR_ENTRIES / 2_740));
export const FIRST_DAY = '2025-11-24';

export function cachedYearLedger(): { path: string; lastDay: string } {
  const hash = createHash('sha256');
  const migrations = join(ROOT, 'electron/hall/db/migrations');
  for (const f of readdirSync(migrations).sort()) hash.update(readFileSync(join(migrations, f)));
  hash.update(readFileSync(join(ROOT, 'electron/hall/ledger/chain.ts')));
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  const dir = join(tmpdir(), 'counterdesk-bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `ledger-year-${YEAR_ENTRIES}-${hash.digest('hex').slice(0, 12)}.db`);
  let lastDay = FIRST_DAY;
  for (let d = 1; d < YEAR_DAYS; d++) lastDay = nextDate(lastDay);
  if (existsSync(path)) return { path, lastDay };
  const tmp = `${path}.tmp`;
  rmSync(tmp, { force: true });
  const clock = clockFromOption(BENCH_CLOCK);
  const hall = createHall({ dbPath: tmp, printWorker: false, backup: { dir: null, everyMinutes: 0, keep: 1, keepDays: 0 } }, clock);
  seedDemoBranch(hall);
  const db = hall.db;
  db.pragma('synchronous = OFF');
  const append = ledgerAppender(db);
  const cashiers = ['1001', '1002'].map((code) => db.prepare('SELECT id, code, name FROM operators WHERE code = ?').get(code) as { id: number; code: string; name: string });
  const manager = db.prepare("SELECT id FROM operators WHERE code = '9001'").pluck().get() as number;
  const perDay = Math.floor(YEAR_ENTRIES / YEAR_DAYS);
  let date = FIRST_DAY;
  let written = 0;
  const running = { month: '', monthFen: 0, year: '', yearFen: 0, grand: 0 };
  const day = db.transaction((date: string, count: number, close: boolean) => {
    const start = Date.parse(`${date}T00:30:00Z`); // 08:30 in Shanghai
    let total = 0;
    for (let i = 0; i < count; i++) {
      const amount = 5_000 + (i % 997) * 100;
      const cashier = cashiers[i % 2]!;
      const heating = i % 4 !== 0;
      const body = {
        v: 1,
        account: { no: String(10_000_001 + (i % 10_000)), name: '张三丰', address: '幸福小区3号楼2单元501室' },
        cashier: { code: cashier.code, name: cashier.name },
        lines: [{ kind: 'charge', charge: 0, chargeKind: heating ? 'heating' : 'item', label: heating ? '采暖费' : '开栓费', season: heating ? '2026-2027' : null, detail: null, taxCategory: heating ? 'vatExempt' : 'taxable', amount }],
        tenders: [{ method: i % 3 ? 'wechat' : 'cash', amount, reference: null }],
        cashReceived: i % 3 ? 0 : amount,
        change: 0,
        reversal: null,
        waiverReason: null,
      };
      append({ kind: 'payment', at: new Date(start + i * 12_000).toISOString(), business_date: date, terminal_id: `counter-${1 + (i % 8)}`, window_no: 1 + (i % 8), operator_id: cashier.id, approver_id: null, account_id: null, amount_fen: amount, reverses_seq: null, idempotency_key: null, request_hash: null, body: JSON.stringify(body), issueReceipt: true });
      total += amount;
    }
    if (!close) return;
    const month = date.slice(0, 7);
    const year = date.slice(0, 4);
    running.monthFen = (running.month === month ? running.monthFen : 0) + total;
    running.yearFen = (running.year === year ? running.yearFen : 0) + total;
    running.month = month;
    running.year = year;
    running.grand += total;
    const periods = { month: { month, totalFen: running.monthFen }, year: { year, totalFen: running.yearFen }, grandTotalFen: running.grand };
    append({ kind: 'dayClose', at: new Date(start + 12 * 3_600_000).toISOString(), business_date: date, terminal_id: 'manager', window_no: null, operator_id: manager, approver_id: null, account_id: null, amount_fen: total, reverses_seq: null, idempotency_key: null, request_hash: null, body: JSON.stringify({ v: 1, type: 'close', date, periods }), issueReceipt: false });
  });
  for (let d = 0; d < YEAR_DAYS; d++) {
    const last = d === YEAR_DAYS - 1;
    const count = last ? YEAR_ENTRIES - written : perDay;
    day.immediate(date, count, !last);
    written += count + (last ? 0 : 1);
    if (!last) date = nextDate(date);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  hall.close();
  renameSync(tmp, path);
  return { path, lastDay: date };
}
