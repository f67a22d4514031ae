// 暂停营业, full screen: the reason's standard phrase, where to go instead and when the window is back.
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/i18n/index.ts';
import { formatHallTime } from '../../shared/hall-time.ts';
import type { CustomerState } from './use-customer-view.ts';

export function PausedView({ pause, windowNo, timeZone }: { pause: NonNullable<CustomerState['pause']>; windowNo: number; timeZone: string }) {
  const { t, i18n } = useTranslation('customer');
  return (
    <section className="customer__paused" data-testid="customer-paused" role="status">
      <div className="customer__window-no">{t('display.window', { n: windowNo })}</div>
      <h1 className="customer__paused-title">{t('display.paused')}</h1>
      <p className="customer__phrase">{t(`display.phrases.${pause.reason}`)}</p>
      {pause.redirectWindow ? (
        <p className="customer__redirect" data-testid="customer-redirect">
          {t('display.goTo', { n: pause.redirectWindow })}
        </p>
      ) : null}
      {pause.expectedBack ? (
        <p className="customer__back" data-testid="customer-back">
          {t('display.backAt', { time: formatHallTime(pause.expectedBack, timeZone, 'time', i18n.language as Locale) })}
        </p>
      ) : null}
    </section>
  );
}
