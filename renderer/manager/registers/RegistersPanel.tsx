// The manager's registers: complaints and call-backs still to be dealt with, overdue first (red),
// each with who received it and its deadline in the hall's time; forward, answer, close a
// complaint, mark a call-back done. Live: every change anywhere reads the list again.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/api/index.ts';
import type { Locale } from '../../../shared/i18n/index.ts';
import { formatHallTime } from '../../../shared/hall-time.ts';
import { useConnection, useHall } from '../../ui/hall-context.tsx';
import { useHealth } from '../../ui/SelfCheckPanel.tsx';
import { useCall } from '../../ui/use-call.ts';
import './registers.css';

type List = Output<'registers.list'>;
type Complaint = List['complaints'][number];
type Callback = List['callbacks'][number];
type Action = { id: number; kind: 'forward' | 'answer' | 'close' | 'done' };

export function RegistersPanel() {
  const { t, i18n } = useTranslation('registers');
  const client = useHall();
  const status = useConnection();
  const { health } = useHealth();
  const tz = health?.timeZone ?? 'Asia/Shanghai';
  const locale = i18n.language as Locale;
  const at = (iso: string) => formatHallTime(iso, tz, 'dateTime', locale);
  const { run, error } = useCall('staff');
  const [list, setList] = useState<List | null>(null);
  const [includeClosed, setIncludeClosed] = useState(false);
  const [action, setAction] = useState<Action | null>(null);
  const [text, setText] = useState('');
  const reload = useCallback(() => {
    client
      .call('registers.list', { includeClosed })
      .then(setList)
      .catch(() => undefined);
  }, [client, includeClosed]);
  useEffect(() => {
    if (status === 'online') reload();
  }, [status, reload]);
  useEffect(() => client.on('registers.changed', reload), [client, reload]);

  const start = (next: Action) => {
    setAction(next);
    setText('');
  };
  const submit = () => {
    if (!action) return;
    const { id, kind } = action;
    // a complaint's actions and a call-back's ('done') never share a kind, so an id alone is enough
    const call: Promise<unknown> =
      kind === 'forward'
        ? client.call('registers.forwardComplaint', { id, to: text })
        : kind === 'answer'
          ? client.call('registers.answerComplaint', { id, answer: text })
          : kind === 'close'
            ? client.call('registers.closeComplaint', { id, note: text })
            : client.call('registers.completeCallback', { id, outcome: text });
    void run(() => call).then((ok) => {
      if (ok) {
        setAction(null);
        reload();
      }
    });
  };
  const prompt = (kind: Action['kind']) => t(kind === 'forward' ? 'manager.forwardTo' : kind === 'answer' ? 'manager.answerText' : kind === 'close' ? 'manager.closeNote' : 'manager.outcome');
  const actionRow = (id: number, kinds: Array<Action['kind']>) => (
    <div className="registers-panel__actions">
      {action && action.id === id && kinds.includes(action.kind) ? (
        <form
          className="registers-panel__form"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <label>
            {prompt(action.kind)}
            <input value={text} onChange={(e) => setText(e.target.value)} autoFocus required minLength={2} data-testid={`registers-text-${action.kind}-${id}`} />
          </label>
          <button type="submit" className="button" data-testid={`registers-confirm-${action.kind}-${id}`}>
            {t(`manager.${action.kind === 'close' ? 'closeIt' : action.kind}`)}
          </button>
          <button type="button" className="button button--quiet-dark" onClick={() => setAction(null)}>
            ✕
          </button>
        </form>
      ) : (
        kinds.map((kind) => (
          <button key={kind} type="button" className="button button--small" data-testid={`registers-${kind}-${id}`} onClick={() => start({ id, kind })}>
            {t(`manager.${kind === 'close' ? 'closeIt' : kind}`)}
          </button>
        ))
      )}
    </div>
  );

  const complaintRow = (c: Complaint) => {
    const overdue = c.forwardOverdue || c.answerOverdue;
    const kinds: Array<Action['kind']> = c.state === 'open' ? ['forward', 'answer', 'close'] : c.state === 'forwarded' ? ['answer', 'close'] : c.state === 'answered' ? ['close'] : [];
    return (
      <li key={c.id} className={`registers-panel__item${overdue ? ' is-overdue' : ''}`} data-testid={`complaint-${c.id}`}>
        <div className="registers-panel__head">
          <strong>#{c.id}</strong>
          <span className={`registers-panel__state registers-panel__state--${c.state}`}>{t(`states.${c.state}`)}</span>
          {c.forwardOverdue ? <span className="registers-panel__overdue">{t('manager.forwardOverdue')}</span> : null}
          {c.answerOverdue ? <span className="registers-panel__overdue">{t('manager.answerOverdue')}</span> : null}
          <span className="registers-panel__deadline">
            {c.state === 'open' ? t('manager.forwardBy', { time: at(c.forwardBy) }) : c.state === 'forwarded' ? t('manager.answerBy', { time: at(c.answerBy) }) : null}
          </span>
        </div>
        <p className="registers-panel__matter">{c.matter}</p>
        <p className="registers-panel__meta">
          {c.receivedBy ? t('manager.receivedBy', c.receivedBy) : null}
          {c.windowNo ? ` · ${t('manager.window', { n: c.windowNo })}` : null} · {at(c.receivedAt)}
          {c.complainant ? ` · ${c.complainant}` : null}
          {c.phone ? ` · ${c.phone}` : null}
          {c.accountNo ? ` · ${c.accountNo}` : null}
        </p>
        {c.forwardedTo ? <p className="registers-panel__meta">{t('manager.forwardedTo', { to: c.forwardedTo })}</p> : null}
        {c.answer ? <p className="registers-panel__meta">{t('manager.answered', { answer: c.answer })}</p> : null}
        {kinds.length ? actionRow(c.id, kinds) : null}
      </li>
    );
  };

  const callbackRow = (c: Callback) => (
    <li key={`cb-${c.id}`} className={`registers-panel__item${c.overdue ? ' is-overdue' : ''}`} data-testid={`callback-${c.id}`}>
      <div className="registers-panel__head">
        <strong>{c.phone}</strong>
        <span className={`registers-panel__state registers-panel__state--${c.state}`}>{t(`states.${c.state}`)}</span>
        {c.overdue ? <span className="registers-panel__overdue">{t('manager.overdue')}</span> : null}
        <span className="registers-panel__deadline">{t('manager.due', { time: at(c.dueAt) })}</span>
      </div>
      <p className="registers-panel__matter">{c.matter}</p>
      <p className="registers-panel__meta">
        {c.recordedBy ? t('manager.recordedBy', c.recordedBy) : null}
        {c.windowNo ? ` · ${t('manager.window', { n: c.windowNo })}` : null}
        {c.accountNo ? ` · ${c.accountNo}` : null}
        {c.outcome ? ` · ${c.outcome}` : null}
      </p>
      {c.state === 'open' ? actionRow(c.id, ['done']) : null}
    </li>
  );

  return (
    <section className="panel registers-panel" data-testid="registers-panel">
      <header className="registers-panel__top">
        <h2>{t('manager.title')}</h2>
        <label className="registers-panel__toggle">
          <input type="checkbox" checked={includeClosed} onChange={(e) => setIncludeClosed(e.target.checked)} />
          {t('manager.includeClosed')}
        </label>
      </header>
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
      <h3>{t('manager.complaints')}</h3>
      {list && list.complaints.length === 0 ? <p className="muted">{t('manager.none')}</p> : <ol className="registers-panel__list">{list?.complaints.map(complaintRow)}</ol>}
      <h3>{t('manager.callbacks')}</h3>
      {list && list.callbacks.length === 0 ? <p className="muted">{t('manager.none')}</p> : <ol className="registers-panel__list">{list?.callbacks.map(callbackRow)}</ol>}
    </section>
  );
}
