// The queue's less frequent moves, one small form at a time: reactivate a no-show who came
// back (the slip promises 过号请到服务台重新激活), transfer the current customer to another
// window or business keeping their place, and call a given number out of order with a reason.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/api/index.ts';
import type { Locale } from '../../../shared/i18n/index.ts';
import type { LiveBoard } from '../../ui/use-board.ts';
import { useHall } from '../../ui/hall-context.tsx';
import { useCall } from '../../ui/use-call.ts';
import { ErrorText } from '../../ui/ErrorText.tsx';
import { FormButtons } from '../../ui/FormButtons.tsx';

type Ticket = NonNullable<Output<'queue.callTicket'>['ticket']>;
type Form = 'reactivate' | 'transfer' | 'callTicket';

export function QueueActions({ windowNo, board, hasCurrent, onCalled, onMessage }: { windowNo: number; board: LiveBoard | null; hasCurrent: boolean; onCalled: (ticket: Ticket | null) => void; onMessage: (text: string) => void }) {
  const { t, i18n } = useTranslation('counter');
  const client = useHall();
  const { error, run, setError } = useCall('staff');
  const [form, setForm] = useState<Form | null>(null);
  const [ticketNo, setTicketNo] = useState('');
  const [reason, setReason] = useState('');
  const [toWindow, setToWindow] = useState('');
  const [toService, setToService] = useState('');
  const open = (f: Form) => {
    setError(null);
    setForm((now) => (now === f ? null : f));
  };
  const done = (text: string) => {
    onMessage(text);
    setForm(null);
    setTicketNo('');
    setReason('');
    setToWindow('');
    setToService('');
  };
  const no = ticketNo.trim().toUpperCase();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (form === 'reactivate') void run(() => client.call('queue.reactivate', { ticketNo: no })).then((r) => r && done(t('desk.reactivated', { ticket: r.ticket.ticketNo })));
    if (form === 'callTicket')
      void run(() => client.call('queue.callTicket', { ticketNo: no, reason: reason.trim() })).then((r) => {
        if (!r) return;
        onCalled(r.ticket);
        done(t('desk.calledOutOfOrder', { ticket: r.ticket?.ticketNo ?? no }));
      });
    if (form === 'transfer')
      void run(() => client.call('queue.transfer', { toService: toService || null, toWindow: toWindow ? Number(toWindow) : null, reason: reason.trim() })).then((r) => {
        if (!r) return;
        onCalled(null);
        done(t('desk.transferred', { ticket: r.ticket.ticketNo }));
      });
  };
  const otherWindows = (board?.windows ?? []).filter((w) => w.windowNo !== windowNo);
  return (
    <div className="queue-actions">
      <div className="queue-actions__buttons">
        <button type="button" className={`button button--quiet ${form === 'reactivate' ? 'is-on' : ''}`} onClick={() => open('reactivate')} data-testid="open-reactivate">
          {t('desk.reactivate')}
        </button>
        <button type="button" className={`button button--quiet ${form === 'transfer' ? 'is-on' : ''}`} onClick={() => open('transfer')} disabled={!hasCurrent} data-testid="open-transfer">
          {t('desk.transfer')}
        </button>
        <button type="button" className={`button button--quiet ${form === 'callTicket' ? 'is-on' : ''}`} onClick={() => open('callTicket')} data-testid="open-call-ticket">
          {t('desk.callTicket')}
        </button>
      </div>
      {form ? (
        <form
          className="queue-actions__form"
          onSubmit={submit}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setForm(null);
            e.stopPropagation();
          }}
          data-testid={`form-${form}`}
        >
          {form !== 'transfer' ? (
            <label>
              {t('desk.ticketNo')}
              <input autoFocus value={ticketNo} maxLength={4} onChange={(e) => setTicketNo(e.target.value)} data-testid="action-ticket" />
            </label>
          ) : (
            <>
              <label>
                {t('desk.toWindow')}
                <select autoFocus value={toWindow} onChange={(e) => setToWindow(e.target.value)} data-testid="action-window">
                  <option value="">{t('desk.keep')}</option>
                  {otherWindows.map((w) => (
                    <option key={w.windowNo} value={w.windowNo}>
                      {t('desk.windowNo', { n: w.windowNo })}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('desk.toService')}
                <select value={toService} onChange={(e) => setToService(e.target.value)} data-testid="action-service">
                  <option value="">{t('desk.keep')}</option>
                  {(board?.services ?? []).map((s) => (
                    <option key={s.code} value={s.code}>
                      {s.code} {s.names[i18n.language as Locale]}
                    </option>
                  ))}
                </select>
              </label>
            </>
          )}
          {form !== 'reactivate' ? (
            <label className="queue-actions__wide">
              {t('desk.reason')}
              <input value={reason} maxLength={100} onChange={(e) => setReason(e.target.value)} data-testid="action-reason" />
            </label>
          ) : null}
          <div className="queue-actions__wide">
            <ErrorText error={error} />
          </div>
          <FormButtons className="dialog__buttons queue-actions__wide" submit={t('desk.confirm')} submitTestId="action-confirm" cancel={t('desk.cancel')} onCancel={() => setForm(null)} />
        </form>
      ) : null}
    </div>
  );
}
