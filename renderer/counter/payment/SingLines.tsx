// 唱收唱付 on the cashier's screen: the words to say, with the figures as they are entered.
import { useTranslation } from 'react-i18next';
import { singPhrases, type SingState } from './sing-phrases.ts';

export function SingLines({ state }: { state: SingState }) {
  const { t } = useTranslation('counter');
  const phrases = singPhrases(state);
  if (phrases.length === 0) return null;
  return (
    <ol className="sing" aria-label={t('sing.title')} data-testid="sing">
      {phrases.map((p, i) => (
        <li key={i}>{t(p.key, { ...p.params, ...(p.params.method ? { method: t(`tender.${p.params.method}`) } : {}) })}</li>
      ))}
    </ol>
  );
}
