// The reprint queue of this window: receipts that did not print (paper out, printer gone,
// connection dropped). One key (F9) reprints the first; 补打 is printed where needed.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/api/index.ts';
import { useHall, useConnection } from '../../ui/hall-context.tsx';
import { useErrorText } from '../../ui/use-call.ts';

type Job = Output<'printing.queue'>['jobs'][number];

export function ReprintPanel() {
  const { t } = useTranslation('counter');
  const client = useHall();
  const status = useConnection();
  const [jobs, setJobs] = useState<Job[]>([]);
  const [preview, setPreview] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const say = useErrorText('staff');
  const refresh = useCallback(() => {
    client
      .call('printing.queue', { target: null })
      .then((r) => setJobs(r.jobs))
      .catch(() => undefined);
  }, [client]);
  useEffect(() => {
    if (status === 'online') refresh();
  }, [status, refresh]);
  useEffect(() => {
    const offFailed = client.on('printing.jobFailed', refresh);
    const offPrinted = client.on('printing.jobPrinted', refresh);
    return () => {
      offFailed();
      offPrinted();
    };
  }, [client, refresh]);
  const reprint = useCallback(
    (job: Job) => {
      client
        .call('printing.reprint', { jobId: job.id })
        .then(refresh)
        .catch((e: unknown) => setError(say(e)));
    },
    [client, refresh, say],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F9' || !jobs[0]) return;
      e.preventDefault();
      reprint(jobs[0]);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [jobs, reprint]);
  const showPreview = (job: Job) =>
    client
      .call('printing.preview', { jobId: job.id, paperWidth: null })
      .then((p) => setPreview(p.svg))
      .catch(() => undefined);
  return (
    <section className="panel reprint-panel" data-testid="reprint-panel">
      <h2>
        {t('reprint.title')} {jobs.length > 0 ? <span className="reprint-panel__count">{jobs.length}</span> : null}
      </h2>
      {jobs.length === 0 ? <p className="muted">{t('reprint.empty')}</p> : null}
      <ul className="reprint-panel__list">
        {jobs.map((job) => (
          <li key={job.id}>
            <span>
              {t(`reprint.kinds.${job.kind}`)} <strong>{job.documentNo}</strong>
            </span>
            <span className="reprint-panel__reason">
              {job.reason}
              {job.uncertain ? t('reprint.uncertainNote') : ''}
            </span>
            <button className="button button--quiet" onClick={() => void showPreview(job)}>
              {t('reprint.preview')}
            </button>
            <button className="button" onClick={() => reprint(job)}>
              {t('reprint.reprint')}
            </button>
          </li>
        ))}
      </ul>
      {error ? <p className="error-text">{error}</p> : null}
      {jobs.length > 0 ? <p className="muted">{t('reprint.key')}</p> : null}
      {preview ? (
        // the SVG comes from our own hall's layout renderer, not from user input
        <div className="reprint-panel__preview" onClick={() => setPreview(null)} dangerouslySetInnerHTML={{ __html: preview }} />
      ) : null}
    </section>
  );
}
