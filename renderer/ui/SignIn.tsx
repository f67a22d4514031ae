// Signing in with 工号 and PIN (at a counter window, or without one for the manager). The
// session token is kept for this tab only (sessionStorage): a reload keeps the operator signed
// in, closing the window does not.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../shared/api/session.api.ts';
import { useHall } from './hall-context.tsx';
import { useCall } from './use-call.ts';
import { ErrorText } from './ErrorText.tsx';
import { ApiCallError } from '../client/client.ts';

export const SESSION_KEY = 'counterdesk.counter.session';

export function SignIn({ onSignedIn, askWindow = true, title }: { onSignedIn: (session: SessionInfo) => void; askWindow?: boolean; title?: string }) {
  const { t, i18n } = useTranslation('counter');
  const client = useHall();
  const [operatorCode, setOperatorCode] = useState('');
  const [pin, setPin] = useState('');
  const [windowNo, setWindowNo] = useState(() => Number(new URLSearchParams(window.location.search).get('window') ?? '1'));
  const { error, setError, fail } = useCall('staff');
  // A PIN set by a manager must be replaced by the operator's own before the session opens.
  const [changing, setChanging] = useState(false);
  const [newPin, setNewPin] = useState('');
  const [newPinAgain, setNewPinAgain] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (changing && newPin !== newPinAgain) return setError(t('staff:setup.mismatch'));
    client
      .call('session.login', {
        operatorCode,
        pin,
        ...(changing ? { newPin } : {}),
        terminalId: askWindow ? `counter-${windowNo}` : 'manager',
        windowNo: askWindow ? windowNo : null,
        locale: i18n.language as SessionInfo['locale'],
      })
      .then((session) => {
        window.sessionStorage.setItem(SESSION_KEY, session.token);
        client.setToken(session.token);
        onSignedIn(session);
      })
      .catch((err: unknown) => {
        // The hint above the new PIN fields says it: no error for the expected request.
        if (err instanceof ApiCallError && err.body.key === 'staff:errors.pinChangeRequired') return setChanging(true);
        fail(err);
      });
  };
  return (
    <form className="panel sign-in" onSubmit={submit} data-testid="sign-in">
      <h2>{title ?? t('signIn.title')}</h2>
      <label>
        {t('signIn.operator')}
        <input autoFocus inputMode="numeric" autoComplete="username" value={operatorCode} onChange={(e) => setOperatorCode(e.target.value)} data-testid="operator" />
      </label>
      <label>
        {t('signIn.pin')}
        <input type="password" inputMode="numeric" autoComplete="current-password" value={pin} onChange={(e) => setPin(e.target.value)} data-testid="pin" />
      </label>
      {changing ? (
        <>
          <p className="sign-in__hint">{t('staff:signIn.newPinHint')}</p>
          <label>
            {t('staff:signIn.newPin')}
            <input type="password" inputMode="numeric" autoComplete="new-password" value={newPin} onChange={(e) => setNewPin(e.target.value)} data-testid="new-pin" />
          </label>
          <label>
            {t('staff:signIn.newPinAgain')}
            <input type="password" inputMode="numeric" autoComplete="new-password" value={newPinAgain} onChange={(e) => setNewPinAgain(e.target.value)} data-testid="new-pin-again" />
          </label>
        </>
      ) : null}
      {askWindow ? (
        <label>
          {t('signIn.window')}
          <input type="number" min={1} max={99} value={windowNo} onChange={(e) => setWindowNo(Number(e.target.value))} data-testid="window" />
        </label>
      ) : null}
      <ErrorText error={error} />
      <button className="button" type="submit" data-testid="sign-in-submit">
        {t('signIn.submit')}
      </button>
    </form>
  );
}
