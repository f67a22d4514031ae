// A staff screen's session: restored after a reload (the token in sessionStorage, or the
// shell's window session in the main process), replaced at sign-in, ended at sign-out — or
// ended by the hall under the screen (someone signed in at this window elsewhere, the PC's
// pairing was revoked): the screen returns to sign-in and says why.
import { useCallback, useEffect, useState } from 'react';
import type { SessionInfo } from '../../shared/api/session.api.ts';
import { useHall } from './hall-context.tsx';
import { SESSION_KEY } from './SignIn.tsx';

export function useStaffSession() {
  const client = useHall();
  const [session, setSignedIn] = useState<SessionInfo | null>(null);
  const [ended, setEnded] = useState<string | null>(null);
  const setSession = useCallback((next: SessionInfo | null) => {
    setEnded(null);
    setSignedIn(next);
  }, []);
  useEffect(
    () =>
      client.onSessionEnded((error) => {
        window.sessionStorage.removeItem(SESSION_KEY);
        client.setToken(null);
        setSignedIn(null);
        setEnded(error.message);
      }),
    [client],
  );
  useEffect(() => {
    const saved = window.sessionStorage.getItem(SESSION_KEY);
    // In the shell the window's session lives in the main process and outlives a reloaded page.
    if (!saved && !window.counterdesk) return;
    client.setToken(saved);
    client
      .call('session.whoami', {})
      .then(setSignedIn)
      .catch(() => {
        window.sessionStorage.removeItem(SESSION_KEY);
        client.setToken(null);
      });
  }, [client]);
  const signOut = useCallback(() => {
    void client.call('session.logout', {}).catch(() => undefined);
    window.sessionStorage.removeItem(SESSION_KEY);
    client.setToken(null);
    setSession(null);
  }, [client, setSession]);
  return { session, setSession, signOut, ended };
}
