// Three large buttons, each language named in itself, so a customer who cannot read the
// current one still finds theirs. Not remembered: the next customer starts in the hall's.
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../shared/i18n/index.ts';
import { i18next } from '../ui/i18n.ts';

export function KioskLanguages() {
  const { t, i18n } = useTranslation('common');
  return (
    <nav className="kiosk__languages" aria-label={t('language')}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          className={`kiosk__language${i18n.language === locale ? ' is-current' : ''}`}
          aria-pressed={i18n.language === locale}
          lang={locale}
          onClick={() => void i18next.changeLanguage(locale)}
          data-testid={`language-${locale}`}
        >
          {t(`languages.${locale}`)}
        </button>
      ))}
    </nav>
  );
}
