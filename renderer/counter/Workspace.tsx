// The middle of the counter screen: one customer at a time, from the search box to the account,
// the tenders and the receipt. Keys: F7 finds an account, Esc goes back to the search, F1 (the
// queue's "next") after a payment clears the workspace for the next customer.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AccountPayment } from '../../shared/api/ledger.api.ts';
import type { ReceiptModel } from '../../shared/print-models.ts';
import { AccountSearch } from './search/AccountSearch.tsx';
import { AccountView, type AccountFigures } from './account/AccountView.tsx';
import { ReceiptResult } from './payment/ReceiptResult.tsx';
import type { CashFigures } from './payment/TenderPanel.tsx';
import { ReversalDialog } from './reversal/ReversalDialog.tsx';
import { customerViewOf, receivedOf, type CustomerView, type ServedTicket } from './customer-view.ts';

type Stage = { kind: 'search' } | { kind: 'account'; accountNo: string } | { kind: 'done'; receipt: ReceiptModel };

export interface WorkspaceProps {
  windowNo: number;
  timeZone: string;
  ticket: ServedTicket | null;
  /** bumped when a new customer is called at this window: the workspace starts afresh */
  customerSeq: number;
  onView: (view: CustomerView) => void;
}

export function Workspace({ windowNo, timeZone, ticket, customerSeq, onView }: WorkspaceProps) {
  const [stage, setStage] = useState<Stage>({ kind: 'search' });
  const [figures, setFigures] = useState<AccountFigures | null>(null);
  const [cash, setCash] = useState<CashFigures>({ receivedFen: null, changeFen: null, nonCash: [] });
  const [reversing, setReversing] = useState<AccountPayment | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const toSearch = useCallback(() => {
    setStage({ kind: 'search' });
    setFigures(null);
    setCash({ receivedFen: null, changeFen: null, nonCash: [] });
    setTimeout(() => searchRef.current?.focus(), 0);
  }, []);

  const lastSeq = useRef(customerSeq);
  useEffect(() => {
    if (lastSeq.current === customerSeq) return;
    lastSeq.current = customerSeq;
    toSearch();
  }, [customerSeq, toSearch]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F7') {
        e.preventDefault();
        if (stage.kind === 'search') searchRef.current?.focus();
        else toSearch();
      } else if (e.key === 'Escape' && stage.kind === 'account' && !reversing) {
        e.preventDefault();
        toSearch();
      } else if (e.key === 'F1' && stage.kind === 'done') {
        toSearch(); // the queue panel calls the next ticket on the same key
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [stage.kind, reversing, toSearch]);

  const nonCashFen = cash.nonCash.reduce((s, t) => s + t.amountFen, 0);
  const paid = stage.kind === 'done' && stage.receipt.reversalOf === null ? stage.receipt : null;
  const view = customerViewOf({
    ticket,
    account: stage.kind === 'account' ? (figures?.account ?? null) : null,
    items: figures?.items ?? [],
    totalFen: figures?.totalFen ?? 0,
    receivedFen: cash.receivedFen !== null ? nonCashFen + cash.receivedFen : nonCashFen > 0 ? nonCashFen : null,
    changeFen: cash.changeFen,
    paid: paid ? { receiptNo: paid.receiptNo, totalFen: paid.totalFen, receivedFen: receivedOf(paid), changeFen: paid.changeFen } : null,
  });
  const viewKey = JSON.stringify(view);
  useEffect(() => onView(JSON.parse(viewKey) as CustomerView), [viewKey, onView]);

  return (
    <div className="workspace" data-testid="workspace" data-stage={stage.kind}>
      {stage.kind === 'search' ? <AccountSearch ref={searchRef} onOpen={(accountNo) => setStage({ kind: 'account', accountNo })} /> : null}
      {stage.kind === 'account' ? (
        <AccountView
          key={stage.accountNo}
          accountNo={stage.accountNo}
          windowNo={windowNo}
          timeZone={timeZone}
          onPaid={(receipt) => setStage({ kind: 'done', receipt })}
          onReverse={setReversing}
          onFigures={setFigures}
          onCash={setCash}
        />
      ) : null}
      {stage.kind === 'done' ? <ReceiptResult receipt={stage.receipt} /> : null}
      {reversing ? (
        <ReversalDialog
          payment={reversing}
          onCancel={() => setReversing(null)}
          onDone={(receipt) => {
            setReversing(null);
            setStage({ kind: 'done', receipt });
          }}
        />
      ) : null}
    </div>
  );
}
