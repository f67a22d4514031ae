// The manager's view of the guessing guard: operators (工号) and terminal addresses with
// wrong PINs on record, locked ones first, and an unlock for each once the manager knows
// it was a typo. Self-contained: mount it anywhere inside the manager screen's frame.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockoutInfo } from '../../../shared/api/security.api.ts';
import { useHall } from '../../ui/hall-context.tsx';
import { ApiCallError } from '../../client/client.ts';
import './security.css';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

const timeOf = (iso: string) => new Date(iso).toLocaleTimeString('zh-CN', { hour12: false });

export function SecurityPanel() {
  const { t } = useTranslation('net');
  const client = useHall();
  const [lockouts, setLockouts] = useState<LockoutInfo[]>([]);
  const [notice, setNotice] = useState<Notice>(null);
  const fail = (err: unknown) => setNotice({ kind: 'error', text: err instanceof ApiCallError ? err.message : String(err) });

  const load = useCallback(() => {
    client
      .call('security.listLockouts', {})
      .then((r) => setLockouts(r.lockouts))
      .catch(fail);
  }, [client]);
  useEffect(load, [load]);

  const unlock = (l: LockoutInfo) => {
    setNotice(null);
    client
      .call('security.unlock', { scope: l.scope, key: l.key })
      .then(() => {
        setNotice({ kind: 'ok', text: t('security.unlocked', { key: l.key }) });
        load();
      })
      .catch(fail);
  };

  return (
    <section className="panel security" data-testid="security-panel">
      <h2>{t('security.title')}</h2>
      <p className="security__hint">{t('security.hint')}</p>
      {notice ? (
        <p className={notice.kind === 'ok' ? 'security__ok' : 'error-text'} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="security-notice">
          {notice.text}
        </p>
      ) : null}
      {lockouts.length === 0 ? (
        <p className="security__empty">{t('security.empty')}</p>
      ) : (
        <table className="security__table">
          <thead>
            <tr>
              <th>{t('security.scope')}</th>
              <th>{t('security.key')}</th>
              <th>{t('security.failures')}</th>
              <th>{t('security.lastFailureAt')}</th>
              <th>{t('security.lockedUntil')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {lockouts.map((l) => (
              <tr key={`${l.scope}:${l.key}`} className={l.lockedUntil ? 'security__locked' : ''} data-testid={`lockout-${l.scope}-${l.key}`}>
                <td>{t(`security.scopes.${l.scope}`)}</td>
                <td>{l.key}</td>
                <td>{l.failures}</td>
                <td>{timeOf(l.lastFailureAt)}</td>
                <td>{l.lockedUntil ? timeOf(l.lockedUntil) : t('security.notLocked')}</td>
                <td>
                  <button className="button" onClick={() => unlock(l)} data-testid="unlock">
                    {t('security.unlock')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div>
        <button className="button button--quiet" onClick={load} data-testid="security-refresh">
          {t('security.refresh')}
        </button>
      </div>
    </section>
  );
}
