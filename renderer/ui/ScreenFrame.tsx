import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectionBadge } from './ConnectionBadge.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** Title bar with the screen name, branch, connection state and language, around a screen's body. */
export function ScreenFrame({ title, branch, extra, children }: { title: string; branch?: string; extra?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="screen">
      <header className="screen__bar">
        <h1 className="screen__title">
          {t('appName')} · {title}
        </h1>
        {branch ? <span className="screen__branch">{branch}</span> : null}
        <span className="screen__spacer" />
        {extra}
        <ConnectionBadge />
        <LanguageSwitch />
      </header>
      <main className="screen__body">{children}</main>
    </div>
  );
}
