// The floor of writing many accounts: the same number of rows of an account's width inserted
// into a bare table in one transaction, no fsync, no index, no validation.
import Database from 'better-sqlite3';
import { join } from 'node:path';

export function bulkInsertFloorSeconds(dir: string, rows: number): number {
  const db = new Database(join(dir, `floor-${rows}.db`));
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.exec('CREATE TABLE accounts (id INTEGER PRIMARY KEY, account_no TEXT, name TEXT, address TEXT, phone TEXT, area INTEGER)');
  const insert = db.prepare('INSERT INTO accounts (account_no, name, address, phone, area) VALUES (?, ?, ?, ?, ?)');
  const started = performance.now();
  db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(String(10_000_000 + i), '张三丰', `幸福小区${i % 40}号楼${i % 6}单元${i % 900}室`, `139${String(i).padStart(8, '0')}`, 8_937 + (i % 5_000));
  })();
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return seconds;
}
