// Between customers: welcome, the window and who serves at it (name and staff number, as the
// service standard asks the counter to show).
import { useTranslation } from 'react-i18next';
import type { CustomerState } from './use-customer-view.ts';

export function IdleView({ windowNo, cashier, branchName }: { windowNo: number; cashier: CustomerState['cashier']; branchName: string | null }) {
  const { t } = useTranslation('customer');
  return (
    <section className="customer__idle" data-testid="customer-idle">
      {branchName ? <div className="customer__branch">{branchName}</div> : null}
      <h1 className="customer__welcome">{t('display.welcome')}</h1>
      <div className="customer__window-no customer__window-no--big">{t('display.window', { n: windowNo })}</div>
      {cashier ? (
        <div className="customer__cashier" data-testid="customer-cashier">
          <span>{t('display.cashier', { name: cashier.name })}</span>
          <span>{t('display.staffNo', { code: cashier.code })}</span>
        </div>
      ) : (
        <div className="customer__cashier customer__cashier--none">{t('display.noCashier')}</div>
      )}
      <p className="customer__greeting">{t('display.greeting')}</p>
    </section>
  );
}
