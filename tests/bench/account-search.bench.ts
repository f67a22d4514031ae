// account_search_p95: the cashier's search box over 1,000,000 accounts, a realistic mix of
// 户号, prefixes, phone numbers and last-4, pinyin, names, addresses and scanned codes.
// Floor: one indexed point lookup (by 户号) per query, interleaved with the searches.
import type { Figure } from './figure.ts';
import { beside, percentile } from './figure.ts';
import { cachedDemoDb } from './support/demo-db.ts';
import { openDatabase } from '../../electron/hall/db/open.ts';
import { accountSearch } from '../../electron/hall/accounts/account-search.ts';
import { seededRandom } from '../../electron/hall/accounts/demo-accounts.ts';

export default async function (): Promise<Figure[]> {
  const { db } = openDatabase({ path: cachedDemoDb(1_000_000), readonly: true });
  const search = accountSearch(db);
  const sample = db.prepare('SELECT account_no, name, name_pinyin, name_initials, phone, phone_last4, community, building, unit, room FROM accounts WHERE id = ?');
  const random = seededRandom(42);
  const queries: string[] = [];
  const numbers: string[] = [];
  for (let i = 0; i < 2000; i++) {
    const a = sample.get(1 + Math.floor(random() * 1_000_000)) as Record<string, string>;
    const kinds = [
      a.account_no!,
      a.account_no!.slice(0, 6),
      a.phone || a.account_no!,
      a.phone_last4 || a.account_no!,
      a.name_initials!,
      a.name_pinyin!,
      a.name!,
      a.name!.slice(0, 1),
      `${a.building}${a.unit}`,
      `${a.community}${a.building}${a.unit}${a.room}`,
      `CDACC:${a.account_no}`,
    ];
    queries.push(kinds[i % kinds.length]!);
    numbers.push(a.account_no!);
  }
  const lookup = db.prepare('SELECT * FROM accounts WHERE account_no = ?');
  for (const [i, q] of queries.slice(0, 200).entries()) {
    search(q, 20);
    lookup.get(numbers[i]);
  }
  const samples: number[] = [];
  const floor: number[] = [];
  for (const [i, q] of queries.entries()) {
    let t = performance.now();
    search(q, 20);
    samples.push(performance.now() - t);
    t = performance.now();
    lookup.get(numbers[i]);
    floor.push(performance.now() - t);
  }
  db.close();
  return [
    ...beside('account_search_p95', 'ms', percentile(samples, 95), percentile(floor, 95)),
    ...beside('account_search_p50', 'ms', percentile(samples, 50), percentile(floor, 50)),
  ];
}
