// 冲正 of a receipt taken today at this window: a reason and another manager's number and PIN
// typed in place. The hall writes a reversal entry (the original stays as it was) and prints
// the reversal receipt, which the counter then previews like any receipt.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountPayment } from '../../../shared/api/ledger.api.ts';
import type { ReceiptModel } from '../../../shared/print-models.ts';
import { formatYuan } from '../../../shared/money.ts';
import { useHall } from '../../ui/hall-context.tsx';
import { useCall } from '../../ui/use-call.ts';
import { ErrorText } from '../../ui/ErrorText.tsx';
import { FormButtons } from '../../ui/FormButtons.tsx';
import { ManagerApprovalFields, NO_APPROVAL, approvalFilled, approvalToSend } from '../ManagerApprovalFields.tsx';

export function ReversalDialog({ payment, onDone, onCancel }: { payment: AccountPayment; onDone: (r: ReceiptModel) => void; onCancel: () => void }) {
  const { t } = useTranslation('counter');
  const client = useHall();
  const { error, run } = useCall('staff');
  const [reason, setReason] = useState('');
  const [approval, setApproval] = useState(NO_APPROVAL);
  const [busy, setBusy] = useState(false);
  const [key] = useState(() => `rev-${crypto.randomUUID()}`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    void run(() => client.call('ledger.reversePayment', { idempotencyKey: key, receiptNo: payment.receiptNo, approval: { ...approvalToSend(approval), reason: reason.trim() } })).then((r) => {
      setBusy(false);
      if (r) onDone(r);
    });
  };
  return (
    <div className="dialog-backdrop">
      <form
        className="panel dialog approval-form"
        role="dialog"
        aria-labelledby="reversal-title"
        onSubmit={submit}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
          e.stopPropagation();
        }}
        data-testid="reversal-dialog"
      >
        <h2 id="reversal-title" className="approval-form__wide">
          {t('reversal.title', { receiptNo: payment.receiptNo })}
        </h2>
        <p className="approval-form__wide reversal__amount">{t('reversal.amount', { amount: formatYuan(payment.totalFen) })}</p>
        <label className="approval-form__wide">
          {t('reversal.reason')}
          <input autoFocus value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} data-testid="reversal-reason" />
        </label>
        <ManagerApprovalFields value={approval} onChange={setApproval} testId="reversal" />
        <p className="muted approval-form__wide">{t('reversal.note')}</p>
        <div className="approval-form__wide">
          <ErrorText error={error} />
        </div>
        <FormButtons
          className="dialog__buttons approval-form__wide"
          tone="danger"
          disabled={busy || reason.trim().length < 2 || !approvalFilled(approval)}
          submit={t('reversal.confirm')}
          submitTestId="reversal-confirm"
          cancel={t('reversal.cancel')}
          onCancel={onCancel}
        />
      </form>
    </div>
  );
}
