// 暂停营业: the reason (its standard phrase goes to the hall and customer displays), the window
// customers are sent to meanwhile, and when the window expects to be back. The hall checks that
// the redirect window exists, is open and is not this one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAUSE_REASONS } from '../../../shared/api/queue.api.ts';
import type { LiveBoard } from '../../ui/use-board.ts';
import { useHall } from '../../ui/hall-context.tsx';
import { useCall } from '../../ui/use-call.ts';
import { ErrorText } from '../../ui/ErrorText.tsx';
import { FormButtons } from '../../ui/FormButtons.tsx';

export function PauseDialog({ windowNo, board, onClose }: { windowNo: number; board: LiveBoard | null; onClose: () => void }) {
  const { t } = useTranslation(['queue', 'counter']);
  const client = useHall();
  const { error, run } = useCall('staff');
  const [reason, setReason] = useState<(typeof PAUSE_REASONS)[number]>('handover');
  const [redirect, setRedirect] = useState('');
  const [backIn, setBackIn] = useState('15');
  const others = (board?.windows ?? []).filter((w) => w.windowNo !== windowNo && w.status === 'open');
  const pause = () =>
    void run(() => client.call('queue.pause', { reason, note: null, redirectWindow: redirect ? Number(redirect) : null, expectedBackMinutes: backIn ? Number(backIn) : null })).then((r) => r && onClose());
  return (
    <div className="dialog-backdrop">
      <form
        className="panel dialog approval-form pause-dialog"
        role="dialog"
        aria-labelledby="pause-title"
        onSubmit={(e) => {
          e.preventDefault();
          pause();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
          e.stopPropagation();
        }}
        data-testid="pause-form"
      >
        <h2 id="pause-title" className="approval-form__wide">
          {t('counter:desk.pauseTitle')}
        </h2>
        <label className="approval-form__wide">
          {t('panel.pauseReason')}
          <select autoFocus size={PAUSE_REASONS.length} value={reason} onChange={(e) => setReason(e.target.value as typeof reason)} data-testid="pause-reason">
            {PAUSE_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`pause.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('panel.redirect')}
          <input type="number" min={1} max={99} list="pause-open-windows" value={redirect} onChange={(e) => setRedirect(e.target.value)} placeholder={t('counter:desk.noRedirect')} data-testid="pause-redirect" />
          <datalist id="pause-open-windows">
            {others.map((w) => (
              <option key={w.windowNo} value={w.windowNo}>
                {t('counter:desk.windowNo', { n: w.windowNo })}
              </option>
            ))}
          </datalist>
        </label>
        <label>
          {t('panel.expectedBack')}
          <input type="number" min={1} max={480} value={backIn} onChange={(e) => setBackIn(e.target.value)} />
        </label>
        <p className="muted approval-form__wide">{t('counter:desk.pauseNote')}</p>
        <div className="approval-form__wide">
          <ErrorText error={error} />
        </div>
        <FormButtons className="dialog__buttons approval-form__wide" tone="warn" submit={t('panel.confirmPause')} submitTestId="confirm-pause" cancel={t('panel.cancel')} onCancel={onClose} />
      </form>
    </div>
  );
}
