// Cash in and out of the drawer during a shift: a float top-up, a safe drop (投库) or a bank
// deposit (解款). Taking cash out is approved in place by another manager (number + PIN); the
// hall checks the approver and that the drawer holds the amount, and writes a ledger entry.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CASH_MOVES, type ShiftView } from '../../../shared/api/shifts.api.ts';
import { parseYuan } from '../../../shared/money.ts';
import { useHall } from '../../ui/hall-context.tsx';
import { useCall } from '../../ui/use-call.ts';
import { ErrorText } from '../../ui/ErrorText.tsx';
import { FormButtons } from '../../ui/FormButtons.tsx';
import { ManagerApprovalFields, NO_APPROVAL, approvalToSend } from '../ManagerApprovalFields.tsx';

type Move = (typeof CASH_MOVES)[number];

export function CashMove({ onDone, onCancel }: { onDone: (shift: ShiftView) => void; onCancel: () => void }) {
  const { t } = useTranslation('shifts');
  const client = useHall();
  const { error, run, setError } = useCall('staff');
  const [type, setType] = useState<Move>('drop');
  const [amountText, setAmountText] = useState('');
  const [approval, setApproval] = useState(NO_APPROVAL);
  const [reason, setReason] = useState('');
  const out = type !== 'topUp';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    e.stopPropagation();
    let amountFen: number;
    try {
      amountFen = parseYuan(amountText);
    } catch {
      return setError(t('open.badAmount'));
    }
    const approved = out ? { ...approvalToSend(approval), reason: reason.trim() } : null;
    void run(() => client.call('shifts.moveCash', { type, amountFen, approval: approved, note: out ? null : reason.trim() || null })).then((shift) => shift && onDone(shift));
  };
  return (
    <form
      className="panel approval-form cash-move"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
        e.stopPropagation();
      }}
      data-testid="cash-move"
    >
      <h3 className="approval-form__wide">{t('move.title')}</h3>
      <div className="choice-row approval-form__wide" role="radiogroup">
        {CASH_MOVES.map((m) => (
          <label key={m} className={m === type ? 'is-on' : ''}>
            <input type="radio" name="cash-move" value={m} checked={m === type} onChange={() => setType(m)} data-testid={`cash-move-${m}`} />
            {t(`move.${m}`)}
          </label>
        ))}
      </div>
      <label>
        {t('move.amount')}
        <input autoFocus inputMode="decimal" value={amountText} onChange={(e) => setAmountText(e.target.value)} data-testid="cash-move-amount" />
      </label>
      <label>
        {t('move.reason')}
        <input value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} data-testid="cash-move-reason" />
      </label>
      {out ? (
        <>
          <ManagerApprovalFields value={approval} onChange={setApproval} testId="cash-move" />
          <p className="muted approval-form__wide">{t('move.approvalNote')}</p>
        </>
      ) : null}
      <div className="approval-form__wide">
        <ErrorText error={error} />
      </div>
      <FormButtons className="dialog__buttons approval-form__wide" submit={t('move.submit')} submitTestId="cash-move-submit" cancel={t('move.cancel')} onCancel={onCancel} />
    </form>
  );
}
