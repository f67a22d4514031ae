// This PC's terminal file, edited by a manager after their PIN: which windows it opens and on
// which display, and whether the hall runs here or on the branch's host (URL + the token the
// host gave this device when it was paired). The shell validates with the file's own schema
// and writes it atomically; the change applies when the terminal starts again.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayChoice, ScreenName, TerminalConfig, WindowSpec } from '../../shared/terminal-config.ts';
import type { DisplayInfo, TerminalProblem } from '../../shared/shell-api.ts';
import type { FieldIssue } from '../../shared/errors.ts';
import type { Locale } from '../../shared/i18n/index.ts';
import { ApiCallError } from '../client/client.ts';
import type { ShellClient } from '../client/shell-client.ts';
import { useCall } from '../ui/use-call.ts';
import { ErrorText } from '../ui/ErrorText.tsx';

const SCREENS: ScreenName[] = ['counter', 'customer', 'display', 'kiosk', 'manager'];
type Draft = TerminalConfig;

function specFor(screen: ScreenName, previous: WindowSpec): WindowSpec {
  const windowNo = 'windowNo' in previous ? previous.windowNo : 1;
  const display = previous.display;
  switch (screen) {
    case 'counter':
    case 'customer':
      return { screen, windowNo, display };
    case 'display':
    case 'kiosk':
      return { screen, display };
    case 'manager':
      return { screen, display };
  }
}

export function TerminalSettings({ shell, onClose }: { shell: ShellClient; onClose: () => void }) {
  const { t, i18n } = useTranslation('shell');
  const locale = i18n.language as Locale;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<TerminalProblem | null>(null);
  const [displays, setDisplays] = useState<DisplayInfo[]>([]);
  const [path, setPath] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const { error, setError, run } = useCall('staff');

  useEffect(() => {
    void run(() => shell.call('shell.readTerminalConfig', {}, locale)).then((read) => {
      if (!read) return;
      setDraft(read.config);
      setProblem(read.problem);
      setDisplays(read.displays);
      setPath(read.path);
    });
    // read once when opened; the language only changes the words
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shell]);

  if (!draft) {
    return (
      <div className="terminal-settings__backdrop">
        <div className="panel terminal-settings" data-testid="terminal-settings">
          <ErrorText error={error} />
          <button className="button button--quiet" type="button" onClick={onClose}>
            {t('settings.close')}
          </button>
        </div>
      </div>
    );
  }

  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const setWindow = (index: number, spec: WindowSpec) => set({ windows: draft.windows.map((w, i) => (i === index ? spec : w)) });
  const hall = draft.hall;
  const updates = draft.updates;

  const save = (restart: boolean) => (e?: FormEvent) => {
    e?.preventDefault();
    setIssues([]);
    setNotice(null);
    setError(null);
    shell
      .call('shell.writeTerminalConfig', { config: draft }, locale)
      .then(async (saved) => {
        setDraft(saved.config);
        setProblem(null);
        setNotice(t(restart ? 'settings.restarting' : 'settings.saved'));
        if (restart) await shell.call('shell.restart', {}, locale);
      })
      .catch((err: unknown) => {
        if (err instanceof ApiCallError && err.body.issues?.length) setIssues(err.body.issues);
        setError(err instanceof ApiCallError ? err.message : String(err));
      });
  };

  const displayLabel = (choice: DisplayChoice): string => {
    if (choice === 'primary') return t('settings.displayPrimary');
    if (choice === 'secondary') return t('settings.displaySecondary');
    const d = displays.find((x) => x.n === choice);
    return d ? t('settings.displayN', { n: choice, width: d.width, height: d.height }) : t('settings.displayMissing', { n: choice });
  };
  const displayChoices: DisplayChoice[] = ['primary', 'secondary', ...Array.from({ length: Math.max(displays.length, 3) }, (_, i) => i + 1)];

  return (
    <div className="terminal-settings__backdrop">
      <form className="panel terminal-settings" onSubmit={save(false)} onKeyDown={(e) => e.key === 'Escape' && onClose()} data-testid="terminal-settings" aria-labelledby="terminal-settings-title">
        <header className="terminal-settings__head">
          <h2 id="terminal-settings-title">{t('settings.title')}</h2>
          <span className="terminal-settings__path">{path}</span>
        </header>
        {problem && problem.code !== 'missing' ? (
          <div className="terminal-settings__problem" role="alert" data-testid="terminal-problem">
            <strong>{problem.message}</strong>
            <ul>
              {problem.issues.map((issue) => (
                <li key={issue.path + issue.problem}>
                  <code>{issue.path}</code> {issue.message}
                </li>
              ))}
            </ul>
            {/* the form holds the running safe defaults, not the file's contents: saving replaces the file */}
            <p data-testid="terminal-rewrite-note">{t('settings.problemRewrite')}</p>
          </div>
        ) : null}

        <fieldset>
          <legend>{t('settings.thisPc')}</legend>
          <label>
            {t('settings.terminalId')}
            <input value={draft.terminalId} onChange={(e) => set({ terminalId: e.target.value })} data-testid="terminal-id" />
          </label>
          <label className="terminal-settings__check">
            <input type="checkbox" checked={draft.startAtLogin} onChange={(e) => set({ startAtLogin: e.target.checked })} data-testid="start-at-login" />
            {t('settings.startAtLogin')}
          </label>
        </fieldset>

        <fieldset>
          <legend>{t('settings.hall')}</legend>
          <div className="terminal-settings__row" role="radiogroup">
            <label className="terminal-settings__check">
              <input type="radio" name="hall-mode" checked={hall.mode === 'embedded'} onChange={() => set({ hall: { mode: 'embedded', listenHost: '127.0.0.1', port: 8731 } })} data-testid="hall-embedded" />
              {t('settings.embedded')}
            </label>
            <label className="terminal-settings__check">
              <input type="radio" name="hall-mode" checked={hall.mode === 'remote'} onChange={() => set({ hall: { mode: 'remote', url: '', deviceToken: '' } })} data-testid="hall-remote" />
              {t('settings.remote')}
            </label>
          </div>
          {hall.mode === 'embedded' ? (
            <div className="terminal-settings__row">
              <label>
                {t('settings.listen')}
                <select value={hall.listenHost} onChange={(e) => set({ hall: { ...hall, listenHost: e.target.value } })} data-testid="hall-listen">
                  <option value="127.0.0.1">{t('settings.listenLocal')}</option>
                  <option value="0.0.0.0">{t('settings.listenLan')}</option>
                </select>
              </label>
              <label>
                {t('settings.port')}
                <input type="number" min={1} max={65535} value={hall.port} onChange={(e) => set({ hall: { ...hall, port: Number(e.target.value) } })} data-testid="hall-port" />
              </label>
            </div>
          ) : (
            <div className="terminal-settings__row">
              <label className="terminal-settings__wide">
                {t('settings.url')}
                <input value={hall.url} placeholder="http://192.168.1.10:8731" onChange={(e) => set({ hall: { ...hall, url: e.target.value } })} data-testid="hall-url" />
              </label>
              <label className="terminal-settings__wide">
                {t('settings.deviceToken')}
                <input value={hall.deviceToken} autoComplete="off" spellCheck={false} onChange={(e) => set({ hall: { ...hall, deviceToken: e.target.value } })} data-testid="hall-token" />
              </label>
              <p className="terminal-settings__hint">{t('settings.pairingHint')}</p>
            </div>
          )}
        </fieldset>

        <fieldset>
          <legend>{t('settings.windows')}</legend>
          <table className="terminal-settings__windows">
            <thead>
              <tr>
                <th>{t('settings.screen')}</th>
                <th>{t('settings.windowNo')}</th>
                <th>{t('settings.display')}</th>
                <th>{t('settings.deviceName')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {draft.windows.map((spec, i) => (
                <tr key={i} data-testid={`window-row-${i}`}>
                  <td>
                    <select value={spec.screen} onChange={(e) => setWindow(i, specFor(e.target.value as ScreenName, spec))} data-testid="window-screen">
                      {SCREENS.map((s) => (
                        <option key={s} value={s}>
                          {t(`settings.screens.${s}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {'windowNo' in spec ? (
                      <input type="number" min={1} max={99} value={spec.windowNo} onChange={(e) => setWindow(i, { ...spec, windowNo: Number(e.target.value) })} data-testid="window-no" />
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    <select
                      value={String(spec.display)}
                      onChange={(e) => setWindow(i, { ...spec, display: (/^\d+$/.test(e.target.value) ? Number(e.target.value) : e.target.value) as DisplayChoice })}
                      data-testid="window-display"
                    >
                      {displayChoices.map((c) => (
                        <option key={String(c)} value={String(c)}>
                          {displayLabel(c)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {spec.screen === 'display' || spec.screen === 'kiosk' ? (
                      <input value={spec.deviceName ?? ''} placeholder={t('settings.deviceNameDefault')} onChange={(e) => setWindow(i, { ...spec, deviceName: e.target.value || undefined })} data-testid="window-device" />
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    <button className="button button--quiet" type="button" disabled={draft.windows.length === 1} onClick={() => set({ windows: draft.windows.filter((_, j) => j !== i) })} data-testid="window-remove">
                      {t('settings.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button className="button button--quiet" type="button" disabled={draft.windows.length >= 8} onClick={() => set({ windows: [...draft.windows, { screen: 'counter', windowNo: draft.windows.length + 1, display: 'primary' }] })} data-testid="window-add">
            {t('settings.addWindow')}
          </button>
        </fieldset>

        <fieldset>
          <legend>{t('settings.updates')}</legend>
          <div className="terminal-settings__row">
            <label className="terminal-settings__check">
              <input type="checkbox" checked={updates.enabled} onChange={(e) => set({ updates: { ...updates, enabled: e.target.checked } })} data-testid="updates-enabled" />
              {t('settings.updatesEnabled')}
            </label>
            <label className="terminal-settings__wide">
              {t('settings.updatesUrl')}
              <input value={updates.url ?? ''} placeholder="http://192.168.1.10/counterdesk/updates/" onChange={(e) => set({ updates: { ...updates, url: e.target.value || null } })} data-testid="updates-url" />
            </label>
          </div>
        </fieldset>

        {issues.length ? (
          <ul className="terminal-settings__issues" data-testid="terminal-issues">
            {issues.map((issue) => (
              <li key={issue.path + issue.problem}>{issue.message}</li>
            ))}
          </ul>
        ) : null}
        <ErrorText error={issues.length ? null : error} />
        {notice ? (
          <p className="terminal-settings__notice" role="status" data-testid="terminal-notice">
            {notice}
          </p>
        ) : null}
        <div className="admin-dialog__actions">
          <button className="button" type="submit" data-testid="terminal-save">
            {t('settings.save')}
          </button>
          <button className="button" type="button" onClick={save(true)} data-testid="terminal-save-restart">
            {t('settings.saveRestart')}
          </button>
          <button className="button button--quiet" type="button" onClick={onClose} data-testid="terminal-close">
            {t('settings.close')}
          </button>
        </div>
        <p className="terminal-settings__hint">{t('settings.appliesAtRestart')}</p>
      </form>
    </div>
  );
}
