// A late-fee waiver asked for in place: the manager walks over and types their number and PIN
// with a reason. The hall checks them when the payment is taken (another person than the cashier).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormButtons } from '../../ui/FormButtons.tsx';

export interface Waiver {
  managerCode: string;
  managerPin: string;
  reason: string;
}

export function WaiverForm({ onApprove, onCancel }: { onApprove: (w: Waiver) => void; onCancel: () => void }) {
  const { t } = useTranslation('counter');
  const [w, setW] = useState<Waiver>({ managerCode: '', managerPin: '', reason: '' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    e.stopPropagation();
    if (w.managerCode.trim() && w.managerPin && w.reason.trim().length >= 2) onApprove({ ...w, managerCode: w.managerCode.trim(), reason: w.reason.trim() });
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
      <label>
        {t('waiver.managerCode')}
        <input autoFocus inputMode="numeric" value={w.managerCode} onChange={(e) => setW({ ...w, managerCode: e.target.value })} data-testid="waiver-manager" />
      </label>
      <label>
        {t('waiver.managerPin')}
        <input type="password" inputMode="numeric" autoComplete="off" value={w.managerPin} onChange={(e) => setW({ ...w, managerPin: e.target.value })} data-testid="waiver-pin" />
      </label>
      <label className="approval-form__wide">
        {t('waiver.reason')}
        <input value={w.reason} maxLength={200} onChange={(e) => setW({ ...w, reason: e.target.value })} data-testid="waiver-reason" />
      </label>
      <p className="muted approval-form__wide">{t('waiver.note')}</p>
      <FormButtons className="dialog__buttons approval-form__wide" submit={t('waiver.apply')} submitTestId="waiver-apply" cancel={t('waiver.cancel')} onCancel={onCancel} />
    </form>
  );
}
