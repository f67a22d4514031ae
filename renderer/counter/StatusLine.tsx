// After the opening checklist, the self-check shrinks to one line at the top of the workspace:
// calm when all is well, red when the hall, the database, the clock or the printer fails.
// Clicking it (or F5) opens the checklist again.
import { useTranslation } from 'react-i18next';
import type { HealthState } from '../ui/SelfCheckPanel.tsx';
import { useConnection } from '../ui/hall-context.tsx';
import type { usePrinterStatus } from './printing/PrinterCheck.tsx';

export function StatusLine({ health, printer, open, onToggle }: { health: HealthState; printer: ReturnType<typeof usePrinterStatus>; open: boolean; onToggle: () => void }) {
  const { t } = useTranslation('counter');
  const connection = useConnection();
  const failed = health.health ? health.health.checks.filter((c) => !c.ok).length : 0;
  const hallOk = health.health?.ok === true && connection !== 'offline';
  const bad = !hallOk || !printer.ok;
  const parts = [
    health.health ? (hallOk ? t('status.ok') : t('status.failed', { count: Math.max(failed, 1) })) : health.error || connection === 'offline' ? t('status.failed', { count: 1 }) : t('status.checking'),
    printer.ok ? t('status.printerOk') : t('status.printerBad', { problem: printer.status?.problem ?? t('printer.unknown') }),
  ];
  return (
    <button type="button" className={`status-line ${bad ? 'is-bad' : 'is-ok'}`} onClick={onToggle} aria-expanded={open} data-testid="status-line" data-state={bad ? 'bad' : 'ok'}>
      <span className="status-line__mark" aria-hidden="true">
        {bad ? '✗' : '✓'}
      </span>
      <span>{parts.join(' · ')}</span>
      <span className="status-line__more">{t('status.details')}</span>
    </button>
  );
}
