// After the commit: the receipt as the paper shows it (the hall renders the SVG from the same
// layout as the printer's bytes) and where its print stands — printing, printed, or in the
// reprint queue with the reason — from printing.jobPrinted / jobFailed.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/api/index.ts';
import type { ReceiptModel } from '../../../shared/print-models.ts';
import { formatMoney } from '../../../shared/money.ts';
import { useHall } from '../../ui/hall-context.tsx';
import { useCall } from '../../ui/use-call.ts';
import { ErrorText } from '../../ui/ErrorText.tsx';
import { SingLines } from './SingLines.tsx';

type Job = Output<'printing.receiptJob'>;

export function ReceiptResult({ receipt }: { receipt: ReceiptModel }) {
  const { t } = useTranslation('counter');
  const client = useHall();
  const { error, run } = useCall('staff');
  const [job, setJob] = useState<Job | null>(null);
  const load = useCallback(() => run(() => client.call('printing.receiptJob', { receiptNo: receipt.receiptNo })).then((j) => j && setJob(j)), [client, receipt.receiptNo, run]);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    const offPrinted = client.on('printing.jobPrinted', (e) => setJob((j) => (j && e.jobId === j.jobId ? { ...j, status: 'printed', reason: null } : j)));
    // the reason is put in this screen's language by the hall: read the job again
    const offFailed = client.on('printing.jobFailed', (e) => setJob((j) => (j && e.jobId === j.jobId ? (void load(), { ...j, status: 'failed' }) : j)));
    return () => {
      offPrinted();
      offFailed();
    };
  }, [client, load]);
  const reversal = receipt.reversalOf !== null;
  const state = job?.status ?? 'pending';
  return (
    <section className="panel receipt-result" data-testid="receipt-result">
      <div className="receipt-result__summary">
        <h2>{reversal ? t('result.reversalTitle') : t('result.title')}</h2>
        <p className="receipt-result__no" data-testid="receipt-no">
          {t('result.receipt', { receiptNo: receipt.receiptNo })}
        </p>
        <p className="receipt-result__total">{formatMoney(receipt.totalFen)}</p>
        {receipt.changeFen > 0 ? (
          <p className="receipt-result__change">
            {t('tender.change')} <strong>{formatMoney(receipt.changeFen)}</strong>
          </p>
        ) : null}
        <SingLines state={{ totalFen: 0, nonCash: [], receivedFen: receipt.cashReceivedFen || null, changeFen: receipt.changeFen, paid: true }} />
        <p className={`print-state print-state--${state}`} data-testid="print-state" data-state={state}>
          {state === 'failed' ? t('result.failed', { reason: job?.reason ?? '' }) : t(`result.${state}`)}
        </p>
        <ErrorText error={error} />
        <p className="receipt-result__keys">
          {t('result.next')} · {t('result.newSearch')}
        </p>
      </div>
      <figure className="receipt-result__preview" aria-label={t('result.preview')} data-testid="receipt-preview">
        {/* the SVG comes from our own hall's layout renderer, not from user input */}
        {job ? <div dangerouslySetInnerHTML={{ __html: job.svg }} /> : null}
      </figure>
    </section>
  );
}
