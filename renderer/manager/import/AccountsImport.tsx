// The head office accounts import, as a manager does it: choose the file, read the preview
// (counts and every bad row), import only a clean file, and watch the progress bar while the
// hall writes it in one transaction.
import { useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/api/accounts.api.ts';
import type { Payload } from '../../../shared/api/index.ts';
import { useHall } from '../../ui/hall-context.tsx';
import { useErrorText } from '../../ui/use-call.ts';
import { ErrorText } from '../../ui/ErrorText.tsx';

const SHOWN_ERRORS = 200;

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function AccountsImport() {
  const { t } = useTranslation('manager');
  const client = useHall();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<'checking' | 'importing' | null>(null);
  const [progress, setProgress] = useState<Payload<'accounts.importProgressed'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const say = useErrorText('staff');
  const [done, setDone] = useState<ImportReport | null>(null);

  useEffect(() => client.on('accounts.importProgressed', (p) => setProgress(p)), [client]);

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    if (!chosen) return;
    setReport(null);
    setDone(null);
    setError(null);
    setProgress(null);
    setBusy('checking');
    try {
      const next = { name: chosen.name, base64: toBase64(await chosen.arrayBuffer()) };
      setFile(next);
      setReport(await client.call('accounts.importPreview', { fileName: next.name, base64: next.base64 }));
    } catch (err) {
      setError(say(err));
    } finally {
      setBusy(null);
    }
  };

  const apply = () => {
    if (!file || !report) return;
    setBusy('importing');
    setError(null);
    client
      .call('accounts.importApply', { fileName: file.name, base64: file.base64, previewSha256: report.fileSha256 })
      .then((r) => {
        setDone(r);
        setReport(null);
      })
      .catch((err: unknown) => setError(say(err)))
      .finally(() => setBusy(null));
  };

  const percent = progress && progress.total > 0 ? Math.round((progress.done * 100) / progress.total) : 0;
  return (
    <section className="panel accounts-import" data-testid="accounts-import">
      <h2>{t('import.title')}</h2>
      <p className="muted">{t('import.hint')}</p>
      <label className="button accounts-import__choose">
        {t('import.choose')}
        <input type="file" accept=".csv,.xlsx" onChange={(e) => void choose(e)} disabled={busy !== null} data-testid="import-file" hidden />
      </label>
      {file ? <span className="accounts-import__file">{file.name}</span> : null}
      {busy === 'checking' ? <p>{t('import.checking')}</p> : null}
      {busy === 'importing' && progress ? (
        <div className="accounts-import__progress" data-testid="import-progress">
          <div className="accounts-import__bar" role="progressbar" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
            <div style={{ width: `${progress.stage === 'done' ? 100 : percent}%` }} />
          </div>
          <span>
            {t(`import.stages.${progress.stage}`)} {progress.stage === 'checking' || progress.stage === 'writing' ? `${progress.done.toLocaleString()} / ${progress.total.toLocaleString()}` : ''}
          </span>
        </div>
      ) : null}
      <ErrorText error={error} />
      {report ? (
        <div className="accounts-import__report" data-testid="import-report">
          <p>
            {t('import.rows', { n: report.rowsTotal })} · {t('import.create')} <strong>{report.toCreate}</strong> · {t('import.update')} <strong>{report.toUpdate}</strong> · {t('import.unchanged')}{' '}
            <strong>{report.unchanged}</strong> · {t('import.arrears')} <strong>{report.arrearsToAdd}</strong> · {t('import.errors')}{' '}
            <strong className={report.errors.length ? 'error-text' : ''}>{report.errors.length}</strong>
          </p>
          {report.ignoredColumns.length ? <p className="muted">{t('import.ignored', { columns: report.ignoredColumns.join('、') })}</p> : null}
          {report.arrearsDiffering.length ? <p className="muted">{t('import.differing', { n: report.arrearsDiffering.length })}</p> : null}
          {report.errors.length ? (
            <>
              <table className="accounts-import__errors">
                <thead>
                  <tr>
                    <th>{t('import.errorRow')}</th>
                    <th>{t('import.errorColumn')}</th>
                    <th>{t('import.errorReason')}</th>
                    <th>{t('import.errorValue')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
                    <tr key={i}>
                      <td>{e.row}</td>
                      <td>{e.column}</td>
                      <td>{e.reason}</td>
                      <td>{e.value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {report.errors.length > SHOWN_ERRORS ? <p className="muted">{t('import.moreErrors', { n: report.errors.length - SHOWN_ERRORS })}</p> : null}
              <p className="error-text">{t('import.fixFirst')}</p>
            </>
          ) : (
            <button className="button" onClick={apply} disabled={busy !== null} data-testid="import-apply">
              {t('import.apply')}
            </button>
          )}
        </div>
      ) : null}
      {done ? (
        <p className="accounts-import__done" role="status" data-testid="import-done">
          {t('import.done', { created: done.toCreate, updated: done.toUpdate, id: done.importId })}
        </p>
      ) : null}
    </section>
  );
}
