// After the commit: the receipt as the paper shows it (the hall renders the SVG from the same
// layout as the printer's bytes) and where its print stands — printing, printed, or in the
// reprint queue with the reason — from printing.jobPrinted / jobFailed.
import { useEffect, useRef, useState } from 'react';
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
  // each failure is read again (its reason is put in this screen's language by the hall)
  const [reads, setReads] = useState(0);
  // the job may print (or fail) before the screen has read it: outcomes are kept by job id
  const outcomes = useRef(new Map<number, 'printed' | 'failed'>());
  useEffect(() => {
    void run(() => client.call('printing.receiptJob', { receiptNo: receipt.receiptNo })).then((j) => {
      if (!j) return;
      const seen = outcomes.current.get(j.jobId);
      setJob(seen === 'printed' && j.status !== 'failed' ? { ...j, status: 'printed' } : j);
      if (seen === 'failed' && j.status !== 'failed') setReads((n) => n + 1);
    });
  }, [client, receipt.receiptNo, run, reads]);
  useEffect(() => {
    const offPrinted = client.on('printing.jobPrinted', (e) => {
      outcomes.current.set(e.jobId, 'printed');
      setJob((j) => (j && e.jobId === j.jobId ? { ...j, status: 'printed', reason: null } : j));
    });
    const offFailed = client.on('printing.jobFailed', (e) => {
      outcomes.current.set(e.jobId, 'failed');
      setReads((n) => n + 1);
    });
    return () => {
      offPrinted();
      offFailed();
    };
  }, [client]);
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
