import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Health } from '../../shared/api/system.api.ts';
import { formatHallTime } from '../../shared/hall-time.ts';
import type { Locale } from '../../shared/i18n/index.ts';
import { useConnection, useHall } from './hall-context.tsx';

/** Reads system.health now, on demand, and whenever the connection comes back. */
export function useHealth(): { health: Health | null; error: string | null; checking: boolean; recheck: () => void; checkedAt: Date | null } {
  const client = useHall();
  const status = useConnection();
  const [health, setHealth] = useState<Health | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const recheck = useCallback(() => {
    setChecking(true);
    client
      .call('system.health', {})
      .then((h) => {
        setHealth(h);
        setError(null);
      })
      .catch((e: unknown) => {
        setHealth(null);
        setError(e instanceof Error ? e.message : String(e));
      })
      .finally(() => {
        setChecking(false);
        setCheckedAt(new Date());
      });
  }, [client]);
  // Check at once on mount (without waiting for the event socket), and again whenever the
  // link to the hall comes back after being lost.
  const wasOffline = useRef(false);
  useEffect(() => {
    if (status === 'offline') {
      wasOffline.current = true;
      return;
    }
    if (status !== 'online' || !wasOffline.current) return;
    wasOffline.current = false;
    const timer = setTimeout(recheck, 0);
    return () => clearTimeout(timer);
  }, [status, recheck]);
  useEffect(() => {
    const timer = setTimeout(recheck, 0);
    return () => clearTimeout(timer);
  }, [recheck]);
  return { health, error, checking, recheck, checkedAt };
}

/** The opening checklist: each check with a tick or a cross and its detail, in the screen's language. */
export type HealthState = ReturnType<typeof useHealth>;

export function SelfCheckPanel({ state }: { state: HealthState }) {
  const { t, i18n } = useTranslation(['health', 'common', 'errors']);
  const { health, error, checking, recheck, checkedAt } = state;
  // the hall's time in the hall's zone (not this computer's zone); the local instant when the hall did not answer
  const checkedTime = health ? formatHallTime(health.now, health.timeZone, 'timeWithSeconds', i18n.language as Locale) : checkedAt ? formatHallTime(checkedAt, Intl.DateTimeFormat().resolvedOptions().timeZone, 'timeWithSeconds', i18n.language as Locale) : null;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F5') {
        e.preventDefault();
        recheck();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [recheck]);

  const failed = health ? health.checks.filter((c) => !c.ok).length : 0;
  return (
    <section className="panel self-check" aria-labelledby="self-check-title" data-testid="self-check">
      <h2 id="self-check-title">{t('health:title')}</h2>
      <p className="self-check__subtitle">{t('health:subtitle')}</p>
      {error ? (
        <p className="error-text" role="alert" data-testid="self-check-error">
          {t('errors:transport')} ({error})
        </p>
      ) : null}
      <ul className="self-check__list">
        {(health?.checks ?? []).map((check) => (
          <li key={check.id} className={`self-check__item ${check.ok ? 'is-ok' : 'is-bad'}`} data-testid={`check-${check.id}`}>
            <span className="self-check__mark" aria-hidden="true">
              {check.ok ? '✓' : '✗'}
            </span>
            <span className="self-check__name">{t(`health:checks.${check.id}`)}</span>
            <span className="self-check__state">{check.ok ? t('common:ok') : t('common:failed')}</span>
            <span className="self-check__detail">{t(check.detailKey, check.params)}</span>
          </li>
        ))}
      </ul>
      {health ? (
        <p className={`self-check__summary ${health.ok ? 'is-ok' : 'is-bad'}`} data-testid="self-check-summary">
          {health.ok ? t('health:allGood') : t('health:someFailed', { count: failed })}
        </p>
      ) : null}
      <footer className="self-check__footer">
        <span>{checkedTime ? t('health:lastChecked', { time: checkedTime }) : ''}</span>
        <button type="button" className="button" onClick={recheck} disabled={checking}>
          {t('health:recheck')}
        </button>
      </footer>
    </section>
  );
}
