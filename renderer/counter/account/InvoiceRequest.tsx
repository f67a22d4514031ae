// A customer asks for a digital invoice (数电票) for a receipt: a person or a company (with its
// taxpayer number), and where to send it. The request is recorded for the day close to send on;
// the payment and its receipt are never touched.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHall } from '../../ui/hall-context.tsx';
import { useCall } from '../../ui/use-call.ts';
import { ErrorText } from '../../ui/ErrorText.tsx';
import { FormButtons } from '../../ui/FormButtons.tsx';

export function InvoiceRequest({ receiptNo, onDone, onCancel }: { receiptNo: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation('counter');
  const client = useHall();
  const { error, run } = useCall('staff');
  const [payerType, setPayerType] = useState<'person' | 'company'>('person');
  const [payerName, setPayerName] = useState('');
  const [taxNo, setTaxNo] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    e.stopPropagation();
    const or = (text: string) => text.trim() || null;
    void run(() =>
      client.call('dayclose.requestInvoice', { receiptNo, payerType, payerName: payerName.trim(), taxNo: payerType === 'company' ? or(taxNo.toUpperCase()) : null, email: or(email), phone: or(phone) }),
    ).then((r) => r && onDone());
  };
  return (
    <form
      className="approval-form invoice-request"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
        e.stopPropagation();
      }}
      data-testid="invoice-request"
    >
      <h4 className="approval-form__wide">{t('invoice.title', { receiptNo })}</h4>
      <div className="choice-row approval-form__wide" role="radiogroup">
        {(['person', 'company'] as const).map((k) => (
          <label key={k} className={k === payerType ? 'is-on' : ''}>
            <input type="radio" name="payer-type" value={k} checked={k === payerType} onChange={() => setPayerType(k)} data-testid={`invoice-${k}`} />
            {t(`invoice.${k}`)}
          </label>
        ))}
      </div>
      <label className={payerType === 'company' ? '' : 'approval-form__wide'}>
        {t('invoice.payerName')}
        <input autoFocus value={payerName} maxLength={100} onChange={(e) => setPayerName(e.target.value)} data-testid="invoice-name" />
      </label>
      {payerType === 'company' ? (
        <label>
          {t('invoice.taxNo')}
          <input value={taxNo} maxLength={20} onChange={(e) => setTaxNo(e.target.value)} data-testid="invoice-tax-no" />
        </label>
      ) : null}
      <label>
        {t('invoice.email')}
        <input type="email" value={email} maxLength={200} onChange={(e) => setEmail(e.target.value)} data-testid="invoice-email" />
      </label>
      <label>
        {t('invoice.phone')}
        <input inputMode="tel" value={phone} maxLength={11} onChange={(e) => setPhone(e.target.value)} data-testid="invoice-phone" />
      </label>
      <p className="muted approval-form__wide">{t('invoice.note')}</p>
      <div className="approval-form__wide">
        <ErrorText error={error} />
      </div>
      <FormButtons className="dialog__buttons approval-form__wide" submit={t('invoice.submit')} submitTestId="invoice-submit" cancel={t('invoice.cancel')} onCancel={onCancel} />
    </form>
  );
}
