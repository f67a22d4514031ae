// Writes generated demo accounts, their arrears and this season's heating charge into a hall
// database, in batches of one transaction each so a million accounts stay within a minute.
import type { Db } from '../db/open.ts';
import { accountWriter, heatingTaxCategory, demoAccounts, type DemoAccountsOptions } from '../accounts/index.ts';
import { seasonDueDate } from '../../../shared/seasons.ts';

export interface WriteDemoAccountsOptions extends DemoAccountsOptions {
  now: Date;
  batchSize?: number;
  onProgress?: (written: number, total: number) => void;
}

export function writeDemoAccounts(db: Db, count: number, options: WriteDemoAccountsOptions): void {
  const writer = accountWriter(db, options.now);
  const source = `demo:${options.seed}`;
  const batchSize = options.batchSize ?? 20_000;
  const accounts = demoAccounts(count, options);
  const dueDate = seasonDueDate(options.season);
  const writeBatch = db.transaction((n: number) => {
    for (let k = 0; k < n; k++) {
      const next = accounts.next();
      if (next.done) return;
      const account = next.value;
      const id = writer.write(account, source);
      writer.addCharge({
        accountId: id,
        kind: 'heating',
        season: options.season,
        description: `${options.season} 采暖费`,
        detail: account.heating.detail,
        amountFen: account.heating.amountFen,
        dueDate,
        taxCategory: heatingTaxCategory(account.customerClass),
        source,
      });
    }
  });
  for (let written = 0; written < count; ) {
    const n = Math.min(batchSize, count - written);
    writeBatch.immediate(n);
    written += n;
    options.onProgress?.(written, count);
  }
}
