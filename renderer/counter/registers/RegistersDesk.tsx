// At the counter: record a call-back (预约回访) when a business cannot be done now, or a complaint
// the cashier receives (首问负责制: they record it and are responsible for it). A button opens a
// small dialog; Esc closes it, Enter records.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/i18n/index.ts';
import { formatHallTime, instantInHallZone } from '../../../shared/hall-time.ts';
import { localDateOf } from '../../../shared/seasons.ts';
import { useHall } from '../../ui/hall-context.tsx';
import { useHealth } from '../../ui/SelfCheckPanel.tsx';
import { useCall } from '../../ui/use-call.ts';
import './registers.css';
import { FormButtons } from '../../ui/FormButtons.tsx';

type Kind = 'callback' | 'complaint';

export function RegistersDesk() {
  const { t } = useTranslation('registers');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button registers-desk__open" data-testid="registers-open" onClick={() => setOpen(true)}>
        {t('counter.open')} · {t('counter.callback')} / {t('counter.complaint')}
      </button>
      {open ? <RegistersDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function RegistersDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('registers');
  const client = useHall();
  const { health } = useHealth();
  const timeZone = health?.timeZone ?? 'Asia/Shanghai';
  const { run, error } = useCall('staff');
  const [kind, setKind] = useState<Kind>('callback');
  const [phone, setPhone] = useState('');
  const [matter, setMatter] = useState('');
  const [accountNo, setAccountNo] = useState('');
  const [complainant, setComplainant] = useState('');
  const [date, setDate] = useState(() => localDateOf(new Date(), timeZone));
  const [time, setTime] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const locale = i18n.language as Locale;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const account = accountNo.trim() || null;
    if (kind === 'callback') {
      void run(() => client.call('registers.recordCallback', { phone, matter, dueAt: instantInHallZone(date, time, timeZone), accountNo: account })).then((cb) => {
        if (cb) setSaved(t('counter.savedCallback', { phone: cb.phone, time: formatHallTime(cb.dueAt, timeZone, 'dateTime', locale) }));
      });
    } else {
      void run(() => client.call('registers.recordComplaint', { matter, complainant: complainant.trim() || null, phone: phone.trim() || null, accountNo: account })).then((c) => {
        if (c) setSaved(t('counter.savedComplaint', { id: c.id, forwardBy: formatHallTime(c.forwardBy, timeZone, 'time', locale) }));
      });
    }
  };
  return (
    <div className="registers-dialog__backdrop" role="presentation">
      <form className="panel registers-dialog" role="dialog" aria-modal="true" aria-labelledby="registers-title" data-testid="registers-dialog" onSubmit={submit}>
        <h2 id="registers-title">{t('counter.title')}</h2>
        <div className="registers-dialog__kinds" role="radiogroup">
          {(['callback', 'complaint'] as const).map((k) => (
            <label key={k} className={kind === k ? 'is-on' : ''}>
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} data-testid={`registers-kind-${k}`} />
              {t(`counter.${k}`)}
            </label>
          ))}
        </div>
        {kind === 'complaint' ? <p className="registers-dialog__rule">{t('counter.firstReceiver')}</p> : null}
        {kind === 'complaint' ? (
          <label>
            {t('counter.complainant')}
            <input value={complainant} onChange={(e) => setComplainant(e.target.value)} maxLength={40} data-testid="registers-complainant" />
          </label>
        ) : null}
        <label>
          {t('counter.phone')}
          <input value={phone} onChange={(e) => setPhone(e.target.value)} inputMode="tel" maxLength={20} required={kind === 'callback'} autoFocus data-testid="registers-phone" />
        </label>
        <label className="registers-dialog__wide">
          {t(kind === 'callback' ? 'counter.matter' : 'counter.complaintMatter')}
          <textarea value={matter} onChange={(e) => setMatter(e.target.value)} maxLength={kind === 'callback' ? 200 : 500} rows={3} required data-testid="registers-matter" />
        </label>
        {kind === 'callback' ? (
          <label>
            {t('counter.dueAt')}
            <span className="registers-dialog__when">
              <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required data-testid="registers-date" />
              <input type="time" value={time} onChange={(e) => setTime(e.target.value)} required data-testid="registers-time" />
            </span>
          </label>
        ) : null}
        <label>
          {t('counter.accountNo')}
          <input value={accountNo} onChange={(e) => setAccountNo(e.target.value)} maxLength={20} data-testid="registers-account" />
        </label>
        {error ? (
          <p className="error-text registers-dialog__wide" role="alert">
            {error}
          </p>
        ) : null}
        {saved ? (
          <p className="registers-dialog__saved registers-dialog__wide" role="status" data-testid="registers-saved">
            {saved}
          </p>
        ) : null}
        <FormButtons className="registers-dialog__actions registers-dialog__wide" onDark submit={t('counter.save')} submitTestId="registers-save" cancel={t('counter.close')} onCancel={onClose} />
      </form>
    </div>
  );
}
