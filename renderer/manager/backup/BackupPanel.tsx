// The manager's view of backups: where they go, the last good one and its age (red when
// overdue), the recent runs with why a run did not count, and "back up now".
// Self-contained: mount it anywhere inside the manager screen's frame.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../shared/api/backup.api.ts';
import { formatHallTime } from '../../../shared/hall-time.ts';
import { isLocale } from '../../../shared/i18n/index.ts';
import { useHall } from '../../ui/hall-context.tsx';
import { useCall } from '../../ui/use-call.ts';
import { ErrorText } from '../../ui/ErrorText.tsx';
import './backup.css';

/** The age is shown live; the status is read again this often. */
const REFRESH_MS = 60_000;

export function BackupPanel({ timeZone }: { timeZone: string }) {
  const { t, i18n } = useTranslation('backup');
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const client = useHall();
  const { error, run } = useCall('staff');
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => void run(() => client.call('backup.status', {})).then((s) => s && setStatus(s)), [client, run]);
  useEffect(() => {
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  const backUpNow = () => {
    setBusy(true);
    void run(() => client.call('backup.run', {})).finally(() => {
      setBusy(false);
      load();
    });
  };

  if (!status) return <ErrorText error={error} />;
  const at = (iso: string) => formatHallTime(iso, timeZone, 'dateTime', locale);
  const last = status.lastGood;
  return (
    <section className={`backup-panel${status.fresh ? '' : ' backup-panel--stale'}`} data-testid="backup-panel">
      <h2>{t('title')}</h2>
      <p>{status.folder ? t('folder', { folder: status.folder }) : t('errors.noBackups')}</p>
      <p className="backup-panel__policy">{status.everyMinutes > 0 ? t('every', { every: status.everyMinutes }) : t('manualOnly')}</p>
      <p className={`backup-panel__last${last ? '' : ' backup-panel__last--none'}`} data-testid="backup-last">
        {last ? t('lastGood', { time: at(last.finishedAt), minutes: status.ageMinutes, entries: last.entries }) : t('none')}
      </p>
      {status.fresh ? null : <p className="backup-panel__warning" role="alert">{t('stale')}</p>}
      <button className="button" onClick={backUpNow} disabled={busy || status.running || !status.folder}>
        {busy || status.running ? t('running') : t('runNow')}
      </button>
      <ErrorText error={error} />
      {status.recent.length > 0 ? (
        <table className="backup-panel__runs">
          <caption>{t('recent')}</caption>
          <tbody>
            {status.recent.map((r) => (
              <tr key={r.id} className={r.ok ? '' : 'backup-panel__failed'}>
                <td>{at(r.finishedAt)}</td>
                <td>{t(`reasons.${r.reason}`)}</td>
                <td>{r.ok ? t('ok') : t(`problems.${r.problem ?? 'copyFailed'}`)}</td>
                <td>{r.bytes !== null ? `${Math.max(1, Math.round(r.bytes / 1024 / 1024))} MB` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
