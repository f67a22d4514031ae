// A kiosk's ticket slip did not print (paper out, no printer …): the customer holds no slip and
// only saw the number on the screen. Staff see an alert here until someone has seen to it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Payload } from '../../../shared/api/index.ts';
import { useHall } from '../../ui/hall-context.tsx';
import { printTargetWords } from '../../../shared/print-models.ts';
import './alerts.css';

type Failed = Payload<'printing.kioskSlipFailed'>;

export function KioskSlipAlerts() {
  const { t } = useTranslation(['customer', 'printing']);
  const client = useHall();
  const [alerts, setAlerts] = useState<Failed[]>([]);
  useEffect(() => client.on('printing.kioskSlipFailed', (failed) => setAlerts((list) => [failed, ...list.filter((a) => a.jobId !== failed.jobId)].slice(0, 5))), [client]);
  if (alerts.length === 0) return null;
  return (
    <section className="kiosk-alerts" role="alert" data-testid="kiosk-slip-alerts">
      {alerts.map((a) => (
        <div key={a.jobId} className="kiosk-alerts__item">
          <span>
            {t('alerts.slipFailed', { ticketNo: a.ticketNo, target: a.target.replace(/^kiosk:/, '') })} {t(`printing:status.${a.reasonKey}`, { ...printTargetWords(a.target), detail: '', ms: '' })}
          </span>
          <button type="button" className="button button--warn" onClick={() => setAlerts((list) => list.filter((x) => x.jobId !== a.jobId))}>
            {t('alerts.seen')}
          </button>
        </div>
      ))}
    </section>
  );
}
