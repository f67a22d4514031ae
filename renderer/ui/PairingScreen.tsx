// An unpaired screen in a browser: its pairing code in large type, what the manager must do,
// and which device this is. A manager reads the code from here and confirms it on /manager.
import { useTranslation } from 'react-i18next';
import { formatHallTime } from '../../shared/hall-time.ts';
import type { Locale } from '../../shared/i18n/index.ts';
import type { PairingView } from '../client/device-session.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** The code as people read it aloud: 482 913. */
function spaced(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}

export function PairingScreen({ view }: { view: PairingView }) {
  const { t, i18n } = useTranslation('net');
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <main className="pairing" data-testid="pairing-screen">
      <div className="pairing__lang">
        <LanguageSwitch />
      </div>
      <h1 className="pairing__title">{t('pairing.title')}</h1>
      {view.phase === 'code' ? (
        <>
          <div className="pairing__label">{t('pairing.code')}</div>
          <div className="pairing__code" data-testid="pairing-code" data-code={view.code}>
            {spaced(view.code)}
          </div>
          <p className="pairing__ask">{t('pairing.ask')}</p>
          <dl className="pairing__facts">
            <div>{t('pairing.device', { terminal: view.terminalId })}</div>
            <div>{t('pairing.screen', { screen: t(`pairing.screens.${view.screen}`) + (view.windowNo ? ` · ${t('devices.window')} ${view.windowNo}` : '') })}</div>
            <div>{t('pairing.validUntil', { time: formatHallTime(view.expiresAt, zone, 'time', i18n.language as Locale) })}</div>
          </dl>
          <p className="pairing__waiting">{t('pairing.waiting')}</p>
        </>
      ) : view.phase === 'failed' ? (
        <p className="pairing__ask" role="alert">{view.message}</p>
      ) : (
        <p className="pairing__waiting">{t('pairing.waiting')}</p>
      )}
    </main>
  );
}

/** The demo hall paired this computer's screens by itself: said in a corner, not hidden. */
export function AutoPairedNote() {
  const { t } = useTranslation('net');
  return (
    <div className="auto-paired" data-testid="auto-paired">
      {t('pairing.autoPaired')}
    </div>
  );
}
