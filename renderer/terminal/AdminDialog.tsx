// The manager's way out of a locked-down window: the shell swallows every closing key, and
// the admin chord (Ctrl+Alt+Shift+Q) or five taps in the top-left corner open this dialog.
// The page only collects the PIN; the hall checks it for this window and the shell acts on it.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CounterDeskBridge } from '../../shared/bridge.ts';
import { useHall } from '../ui/hall-context.tsx';
import { useCall } from '../ui/use-call.ts';
import { ErrorText } from '../ui/ErrorText.tsx';
import { nextTaps } from './admin-gesture.ts';
import './terminal.css';

type Action = 'exit' | 'configure';

export function AdminDialog({ bridge, onConfigure }: { bridge: CounterDeskBridge; onConfigure?: () => void }) {
  const { t } = useTranslation('shell');
  const client = useHall();
  const [open, setOpen] = useState(false);
  const [operatorCode, setOperatorCode] = useState('');
  const [pin, setPin] = useState('');
  const [leaving, setLeaving] = useState(false);
  const { error, setError, run } = useCall('staff');
  const taps = useRef<number[]>([]);

  useEffect(() => bridge.onShellRequest((request) => request.request === 'admin' && setOpen(true)), [bridge]);
  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      const next = nextTaps(taps.current, { x: e.clientX, y: e.clientY, at: e.timeStamp });
      taps.current = next.taps;
      if (next.gesture) setOpen(true);
    };
    window.addEventListener('pointerdown', onPointer);
    return () => window.removeEventListener('pointerdown', onPointer);
  }, []);

  const close = () => {
    setOpen(false);
    setOperatorCode('');
    setPin('');
    setError(null);
  };
  const approve = (action: Action) => (e?: FormEvent) => {
    e?.preventDefault();
    void run(() => client.call('staff.approveTerminalAdmin', { operatorCode, pin, action })).then((ok) => {
      if (!ok) return setPin('');
      if (action === 'exit') return setLeaving(true);
      close();
      onConfigure?.();
    });
  };

  if (!open) return null;
  return (
    <div className="admin-dialog__backdrop">
      <form
        className="panel sign-in admin-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="admin-dialog-title"
        onSubmit={approve('exit')}
        onKeyDown={(e) => e.key === 'Escape' && close()}
        data-testid="admin-dialog"
      >
        <h2 id="admin-dialog-title">{t('admin.title')}</h2>
        <p className="admin-dialog__hint">{t('admin.hint')}</p>
        {leaving ? (
          <p data-testid="admin-leaving">{t('admin.leaving')}</p>
        ) : (
          <>
            <label>
              {t('admin.operator')}
              <input autoFocus inputMode="numeric" autoComplete="off" value={operatorCode} onChange={(e) => setOperatorCode(e.target.value)} data-testid="admin-operator" />
            </label>
            <label>
              {t('admin.pin')}
              <input type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value)} data-testid="admin-pin" />
            </label>
            <ErrorText error={error} />
            <div className="admin-dialog__actions">
              <button className="button" type="submit" data-testid="admin-exit">
                {t('admin.exit')}
              </button>
              {onConfigure ? (
                <button className="button" type="button" onClick={approve('configure')} data-testid="admin-configure">
                  {t('admin.configure')}
                </button>
              ) : null}
              <button className="button button--quiet" type="button" onClick={close} data-testid="admin-cancel">
                {t('admin.cancel')}
              </button>
            </div>
          </>
        )}
      </form>
    </div>
  );
}
