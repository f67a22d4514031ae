// A late-fee waiver asked for in place: the manager walks over and types their number and PIN
// with a reason. The hall checks them when the payment is taken (another person than the cashier).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormButtons } from '../../ui/FormButtons.tsx';
import { ManagerApprovalFields, NO_APPROVAL, approvalFilled, approvalToSend, type ManagerApproval } from '../ManagerApprovalFields.tsx';

export interface Waiver extends ManagerApproval {
  reason: string;
}

export function WaiverForm({ onApprove, onCancel }: { onApprove: (w: Waiver) => void; onCancel: () => void }) {
  const { t } = useTranslation('counter');
  const [w, setW] = useState<Waiver>({ ...NO_APPROVAL, reason: '' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    e.stopPropagation();
    if (approvalFilled(w) && w.reason.trim().length >= 2) onApprove({ ...approvalToSend(w), reason: w.reason.trim() });
  };
  return (
    <form
      className="approval-form"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
        e.stopPropagation();
      }}
      data-testid="waiver-form"
    >
      <h4>{t('waiver.title')}</h4>
      <ManagerApprovalFields value={w} onChange={(a) => setW({ ...w, ...a })} testId="waiver" autoFocus />
      <label className="approval-form__wide">
        {t('waiver.reason')}
        <input value={w.reason} maxLength={200} onChange={(e) => setW({ ...w, reason: e.target.value })} data-testid="waiver-reason" />
      </label>
      <p className="muted approval-form__wide">{t('waiver.note')}</p>
      <FormButtons className="dialog__buttons approval-form__wide" submit={t('waiver.apply')} submitTestId="waiver-apply" cancel={t('waiver.cancel')} onCancel={onCancel} />
    </form>
  );
}
