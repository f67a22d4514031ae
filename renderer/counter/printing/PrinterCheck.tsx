// The printer line of the counter's pre-opening check: is this window's receipt printer online,
// with paper, its cover closed. Asked on sign-in, after every failed job, and on demand.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/api/index.ts';
import { useHall } from '../../ui/hall-context.tsx';

type Status = Output<'printing.printerStatus'>;

export function usePrinterStatus(): { status: Status | null; ok: boolean; checking: boolean; check: () => void } {
  const client = useHall();
  const [status, setStatus] = useState<Status | null>(null);
  const [checking, setChecking] = useState(false);
  const load = useCallback(
    () =>
      client
        .call('printing.printerStatus', { target: null })
        .then(setStatus)
        .catch(() => setStatus(null)),
    [client],
  );
  const check = useCallback(() => {
    setChecking(true);
    void load().finally(() => setChecking(false));
  }, [load]);
  useEffect(() => {
    void load();
    const offFailed = client.on('printing.jobFailed', () => void load());
    // a job that printed says the printer is back
    const offPrinted = client.on('printing.jobPrinted', () => void load());
    return () => {
      offFailed();
      offPrinted();
    };
  }, [client, load]);
  return { status, ok: Boolean(status?.configured && status.problem === null), checking, check };
}

export function PrinterCheck({ printer }: { printer: ReturnType<typeof usePrinterStatus> }) {
  const { t } = useTranslation('counter');
  const { status, ok, checking, check } = printer;
  return (
    <div className={`panel printer-check ${ok ? 'is-ok' : 'is-bad'}`} data-testid="printer-check">
      <span className="printer-check__mark">{ok ? '✓' : '!'}</span>
      <span>
        {status
          ? t('printer.line', { title: t('printer.title'), where: status.transport ? `${status.target} · ${status.transport}` : status.target })
          : t('printer.lineNoTarget', { title: t('printer.title') })}{' '}
        <strong>{checking && !status ? t('printer.checking') : ok ? t('printer.ready') : (status?.problem ?? t('printer.unknown'))}</strong>
      </span>
      <button className="button button--quiet" onClick={check} disabled={checking}>
        {t('printer.recheck')}
      </button>
    </div>
  );
}
