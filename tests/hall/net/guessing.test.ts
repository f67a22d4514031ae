// Guessing stops (issue 20): before this, a 4-digit PIN fell to ~39 ms a try with no limit,
// a cashier's 26th manager-PIN try at a reversal went through, a manager approved their own
// reversal, scrypt blocked the hall's thread and an unknown 工号 answered 16× faster.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ledgerHall, KNOWN, type LedgerHall } from '../../support/ledger.ts';
import { testHall } from '../../support/hall.ts';
import type { ApiResponse } from '../../../shared/errors.ts';

let h: LedgerHall;
beforeEach(async () => {
  h = await ledgerHall();
});
afterEach(() => h.close());

const login = (code: string, pin: string, source?: string) =>
  h.hall.dispatcher.call({ token: null, ...(source ? { source } : {}) }, 'session.login', { operatorCode: code, pin, terminalId: 'counter-guess', windowNo: null });
const keyOf = (r: ApiResponse) => (r.ok ? 'ok' : (r.error.key ?? r.error.code));
const audit = (action: string) => h.hall.db.prepare('SELECT subject, details, source FROM audit_log WHERE action = ? ORDER BY id').all(action) as Array<{ subject: string; details: string; source: string | null }>;
const reverse = (receiptNo: string, managerPin: string, token: string, key: string) =>
  h.hall.dispatcher.call({ token, source: '10.0.0.21' }, 'ledger.reversePayment', { idempotencyKey: `reverse-${key}`, receiptNo, approval: { managerCode: '9001', managerPin, reason: '收错户号' } });

describe('sign-in: lockout per operator with backoff', () => {
  it('after 5 wrong PINs even the right one is refused, for 30 s, then 60 s after the next failure', async () => {
    for (let i = 0; i < 5; i++) expect(keyOf(await login('1001', '0000'))).toBe('bad_credentials');
    const locked = await login('1001', '1234');
    expect(keyOf(locked)).toBe('net:errors.lockedOut');
    expect(!locked.ok && locked.error.params).toEqual({ seconds: 30 });
    h.clock.advance(31_000);
    expect(keyOf(await login('1001', '0000'))).toBe('bad_credentials'); // 6th failure: locked for 60 s
    h.clock.advance(31_000);
    expect(keyOf(await login('1001', '1234'))).toBe('net:errors.lockedOut');
    h.clock.advance(30_000);
    expect(keyOf(await login('1001', '1234'))).toBe('ok');
    // a good PIN starts the count again
    expect(keyOf(await login('1001', '0000'))).toBe('bad_credentials');
    expect(keyOf(await login('1001', '1234'))).toBe('ok');
  });

  it('an unknown 工号 is counted and locked like a real one (a lock does not tell which codes exist)', async () => {
    for (let i = 0; i < 5; i++) expect(keyOf(await login('7777', '0000'))).toBe('bad_credentials');
    expect(keyOf(await login('7777', '0000'))).toBe('net:errors.lockedOut');
  });

  it('the start of a lock is audited; refusals carry the source address', async () => {
    for (let i = 0; i < 5; i++) await login('1001', '0000', '10.0.0.9');
    expect(audit('session.loginRefused')).toHaveLength(5);
    expect(audit('session.loginRefused').every((a) => a.source === '10.0.0.9')).toBe(true);
    expect(audit('auth.lockedOut').map((a) => ({ subject: a.subject, details: JSON.parse(a.details) as unknown, source: a.source }))).toEqual([
      { subject: '1001', details: { scope: 'operator', failures: 5, seconds: 30 }, source: '10.0.0.9' },
    ]);
  });
});

describe('sign-in: lockout per source', () => {
  it('a source trying many codes is stopped after 10 failures; another source is not', async () => {
    for (let i = 0; i < 10; i++) expect(keyOf(await login(`70${10 + i}`, '0000', '10.0.0.66'))).toBe('bad_credentials');
    expect(keyOf(await login('1002', '1234', '10.0.0.66'))).toBe('net:errors.lockedOut');
    expect(keyOf(await login('1002', '1234', '10.0.0.67'))).toBe('ok');
  });

  it('parallel guesses are all counted: 8 at once cannot slip under the limit while their hashes run', async () => {
    const tries = await Promise.all(Array.from({ length: 8 }, () => login('1002', '0000', '10.0.0.5')));
    expect(tries.map(keyOf).filter((k) => k === 'bad_credentials')).toHaveLength(5);
    expect(tries.map(keyOf).filter((k) => k === 'net:errors.lockedOut')).toHaveLength(3);
  });
});

describe('a locked-out guess is refused by reading alone', () => {
  // Before: every claim opened a write transaction to look at the lock, so a guesser at a locked
  // operator still queued behind the hall's writers and, with the database busy, got "busy"
  // instead of the refusal. Here another connection holds the write lock throughout.
  it('with the database’s write lock held elsewhere, a locked operator and a locked source are still told lockedOut', async () => {
    const t = testHall({ file: true });
    const other = new Database(join(t.dir, 'hall.db'));
    try {
      const guess = (code: string, pin: string, source: string) =>
        t.hall.dispatcher.call({ token: null, source }, 'session.login', { operatorCode: code, pin, terminalId: 'counter-guess', windowNo: null });
      for (let i = 0; i < 5; i++) expect(keyOf(await guess('1001', '0000', '10.0.2.1'))).toBe('bad_credentials');
      for (let i = 0; i < 10; i++) expect(keyOf(await guess(`71${10 + i}`, '0000', '10.0.2.2'))).toBe('bad_credentials');
      other.exec('BEGIN IMMEDIATE');
      t.hall.db.pragma('busy_timeout = 0'); // a write would fail at once rather than wait
      const byOperator = await guess('1001', '1234', '10.0.2.3');
      expect(keyOf(byOperator)).toBe('net:errors.lockedOut');
      expect(!byOperator.ok && byOperator.error.params).toEqual({ seconds: 30 });
      expect(keyOf(await guess('1002', '1234', '10.0.2.2'))).toBe('net:errors.lockedOut');
      // whereas a guess that must be counted needs the write lock (it is not lost silently)
      expect(keyOf(await guess('1003', '0000', '10.0.2.4'))).toBe('busy');
      other.exec('ROLLBACK');
      expect(keyOf(await guess('1003', '0000', '10.0.2.4'))).toBe('bad_credentials');
    } finally {
      other.close();
      t.close();
    }
  });
});

describe('approval fields go through the same guard', () => {
  it('a cashier guessing the manager PIN at a reversal is locked out; the right PIN on the 6th try is refused', async () => {
    const paid = await h.pay(KNOWN.li);
    for (let i = 0; i < 5; i++) expect(keyOf(await reverse(paid.receiptNo, String(1000 + i), h.cashier, `guess-${i}`))).toBe('bad_credentials');
    expect(keyOf(await reverse(paid.receiptNo, '9999', h.cashier, 'guess-right'))).toBe('net:errors.lockedOut');
    expect(audit('ledger.reversal')).toEqual([]);
    expect(audit('approval.refused')).toHaveLength(5);
    expect(audit('approval.refused')[0]!.source).toBe('10.0.0.21');
  });

  it('the waiver field is guarded too', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await h.hall.dispatcher.call({ token: h.cashier }, 'ledger.recordPayment', {
        idempotencyKey: `waive-key-${i}`, accountNo: KNOWN.zhang, expectedTotalFen: 1, tenders: [{ method: 'cash', amountFen: 1, reference: null }],
        waiveLateFee: { managerCode: '9001', managerPin: '0000', reason: '困难户' },
      });
      expect(keyOf(r)).toBe('bad_credentials');
    }
    const r = await h.hall.dispatcher.call({ token: h.cashier }, 'staff.approveTerminalAdmin', { operatorCode: '9001', pin: '9999', action: 'exit' });
    expect(keyOf(r)).toBe('net:errors.lockedOut');
  });

  it('a manager cannot approve their own reversal or their own late-fee waiver', async () => {
    await h.call('shifts.open', { floatFen: 0 }, h.manager);
    const paid = await h.pay(KNOWN.li, {}, h.manager);
    expect(keyOf(await reverse(paid.receiptNo, '9999', h.manager, 'self-1'))).toBe('errors:selfApproval');
    const statement = await h.call('billing.statement', { accountNo: KNOWN.zhang }, h.manager);
    const waived = await h.hall.dispatcher.call({ token: h.manager }, 'ledger.recordPayment', {
      idempotencyKey: 'self-waive-1', accountNo: KNOWN.zhang, expectedTotalFen: statement.totalFen, tenders: [{ method: 'cash', amountFen: statement.totalFen, reference: null }],
      waiveLateFee: { managerCode: '9001', managerPin: '9999', reason: '困难户' },
    });
    expect(keyOf(waived)).toBe('errors:selfApproval');
    expect(audit('approval.refused').map((a) => a.subject)).toEqual([`reversal ${paid.receiptNo}`, `lateFeeWaiver ${KNOWN.zhang}`]);
    // the same manager approves the reversal of a payment taken by a cashier
    const theirs = await h.pay(KNOWN.wang);
    expect(keyOf(await reverse(theirs.receiptNo, '9999', h.cashier, 'other-1'))).toBe('ok');
  });
});

describe('a manager unlocks', () => {
  it('lists the lock, clears it, and the unlock is audited', async () => {
    for (let i = 0; i < 5; i++) await login('1001', '0000', '10.0.0.9');
    const { lockouts } = await h.call('security.listLockouts', {}, h.manager);
    expect(lockouts.find((l) => l.scope === 'operator' && l.key === '1001')).toMatchObject({ failures: 5, lockedUntil: expect.any(String) as string });
    const cashierTry = await h.raw('security.unlock', { scope: 'operator', key: '1001' }, h.cashier);
    expect(cashierTry.ok).toBe(false);
    expect(await h.hall.dispatcher.call({ token: h.manager, source: '10.0.0.3' }, 'security.unlock', { scope: 'operator', key: '1001' })).toMatchObject({ ok: true, result: { cleared: true } });
    expect(keyOf(await login('1001', '1234', '10.0.0.9'))).toBe('ok');
    expect(audit('auth.unlocked').map((a) => ({ subject: a.subject, source: a.source }))).toEqual([{ subject: '1001', source: '10.0.0.3' }]);
  });
});

describe('the hash runs off the hall’s thread, and costs the same for an unknown 工号', () => {
  it('a query answers while eight PIN checks are still running', async () => {
    const settled: string[] = [];
    const guesses = Array.from({ length: 8 }, (_, i) => login(`80${10 + i}`, '0000', `10.0.1.${i}`).then(() => settled.push('guess')));
    await h.call('session.whoami', {}, h.cashier).then(() => settled.push('query'));
    await Promise.all(guesses);
    expect(settled[0]).toBe('query');
  });

  it('an unknown 工号 takes as long as a known one (the dummy hash)', async () => {
    const time = async (code: string) => {
      const samples: number[] = [];
      for (let i = 0; i < 4; i++) {
        h.hall.db.prepare('DELETE FROM auth_failures').run();
        const t0 = performance.now();
        await login(code, '0000');
        samples.push(performance.now() - t0);
      }
      return samples.sort((a, b) => a - b)[1]!;
    };
    const known = await time('1001');
    const unknown = await time('7070');
    expect(unknown).toBeGreaterThan(known / 3);
  });
});
