// The shell's part of every page in Electron: the admin dialog (a manager's PIN to exit or to
// open the terminal settings), the settings sheet, and a banner when the terminal runs on its
// safe default because its file is unusable.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CounterDeskBridge } from '../../shared/bridge.ts';
import type { Locale } from '../../shared/i18n/index.ts';
import type { TerminalProblem } from '../../shared/shell-api.ts';
import { shellClient } from '../client/shell-client.ts';
import { AdminDialog } from './AdminDialog.tsx';
import { TerminalSettings } from './TerminalSettings.tsx';

export function TerminalAdmin({ bridge }: { bridge: CounterDeskBridge }) {
  const { t, i18n } = useTranslation('shell');
  const shell = useMemo(() => shellClient(bridge), [bridge]);
  const [settings, setSettings] = useState(false);
  const [problem, setProblem] = useState<TerminalProblem | null>(null);

  useEffect(() => {
    shell
      .call('shell.terminalStatus', {}, i18n.language as Locale)
      .then((status) => setProblem(status.problem))
      .catch((error: unknown) => console.error('[shell] terminal status:', error));
  }, [shell, i18n.language, settings]);

  return (
    <>
      {problem && problem.code !== 'missing' && !settings ? (
        <div className="terminal-banner" role="alert" data-testid="terminal-banner">
          {t('admin.bannerHint', { problem: problem.message })}
        </div>
      ) : null}
      <AdminDialog bridge={bridge} onConfigure={() => setSettings(true)} />
      {settings ? <TerminalSettings shell={shell} onClose={() => setSettings(false)} /> : null}
    </>
  );
}
