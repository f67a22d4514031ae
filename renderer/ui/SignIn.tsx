// Signing in with 工号 and PIN (at a counter window, or without one for the manager). The
// session token is kept for this tab only (sessionStorage): a reload keeps the operator signed
// in, closing the window does not. The window is not typed: it is the one this counter PC was
// paired for (in a browser) or the shell's window plan names (`?window=`); the hall refuses any other.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../shared/api/session.api.ts';
import { useHall } from './hall-context.tsx';
import { useCall } from './use-call.ts';
import { ErrorText } from './ErrorText.tsx';
import { ApiCallError } from '../client/client.ts';

export const SESSION_KEY = 'counterdesk.counter.session';

/** The window this screen signs in at: the counter PC's pairing in a browser, the shell's window plan otherwise. */
function windowHere(paired: number | null): number {
  return paired ?? (Number(new URLSearchParams(window.location.search).get('window') ?? '1') || 1);
}

export function SignIn({
  onSignedIn,
  askWindow = true,
  title,
  notice = null,
}: {
  onSignedIn: (session: SessionInfo) => void;
  askWindow?: boolean;
  title?: string;
  /** Why the last session ended under this screen (taken over at another sign-in, …), shown until the next sign-in. */
  notice?: string | null;
}) {
  const { t, i18n } = useTranslation('counter');
  const client = useHall();
  const [operatorCode, setOperatorCode] = useState('');
  const [pin, setPin] = useState('');
  const windowNo = windowHere(client.pairedWindow);
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
      {notice ? (
        <p className="sign-in__ended" role="alert" data-testid="session-ended">
          {notice}
        </p>
      ) : null}
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
        <p className="sign-in__window" data-testid="window" data-window={windowNo}>
          {t('signIn.atWindow', { n: windowNo })}
        </p>
      ) : null}
      <ErrorText error={error} />
      <button className="button" type="submit" data-testid="sign-in-submit">
        {t('signIn.submit')}
      </button>
    </form>
  );
}
