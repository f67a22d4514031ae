// The manager's staff list: who may sign in, add an operator with a first PIN, reset a
// forgotten PIN (changed by the operator at the next sign-in), deactivate or reactivate.
// Self-contained: mount it anywhere inside the manager screen's frame.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorInfo } from '../../../shared/api/staff.api.ts';
import type { PinPolicy } from '../../../shared/pin-policy.ts';
import { checkPin } from '../../../shared/pin-policy.ts';
import { useHall } from '../../ui/hall-context.tsx';
import { ApiCallError } from '../../client/client.ts';
import './staff.css';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

export function StaffPage() {
  const { t } = useTranslation('staff');
  const client = useHall();
  const [operators, setOperators] = useState<OperatorInfo[]>([]);
  const [policy, setPolicy] = useState<PinPolicy | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [resetting, setResetting] = useState<number | null>(null);
  const [resetPin, setResetPin] = useState('');
  const [draft, setDraft] = useState({ code: '', name: '', role: 'cashier' as OperatorInfo['role'], pin: '' });

  const load = useCallback(() => {
    client
      .call('staff.listOperators', {})
      .then((r) => {
        setOperators(r.operators);
        setPolicy(r.pinPolicy);
      })
      .catch((err: unknown) => setNotice({ kind: 'error', text: err instanceof ApiCallError ? err.message : String(err) }));
  }, [client]);
  useEffect(load, [load]);

  const pinProblem = (pin: string): string | null => {
    const problem = policy && pin ? checkPin(pin, policy) : null;
    return problem ? t(`pin.${problem.key}`, problem.params) : null;
  };
  const run = (work: Promise<OperatorInfo>, message: (o: OperatorInfo) => string) => {
    setNotice(null);
    work
      .then((o) => {
        setNotice({ kind: 'ok', text: message(o) });
        load();
      })
      .catch((err: unknown) => setNotice({ kind: 'error', text: err instanceof ApiCallError ? err.message : String(err) }));
  };
  const create = (e: FormEvent) => {
    e.preventDefault();
    const problem = pinProblem(draft.pin);
    if (problem) return setNotice({ kind: 'error', text: problem });
    run(client.call('staff.createOperator', draft), (o) => {
      setDraft({ code: '', name: '', role: 'cashier', pin: '' });
      return t('page.created', { name: o.name, code: o.code });
    });
  };
  const confirmReset = (operator: OperatorInfo) => {
    const problem = pinProblem(resetPin);
    if (problem) return setNotice({ kind: 'error', text: problem });
    run(client.call('staff.resetPin', { operatorId: operator.id, pin: resetPin }), (o) => {
      setResetting(null);
      setResetPin('');
      return t('page.pinReset', { name: o.name });
    });
  };

  return (
    <section className="panel staff" data-testid="staff-page">
      <h2>{t('page.title')}</h2>
      {policy ? (
        <p className="staff__policy">
          {policy.minLength === policy.maxLength
            ? t('page.policyExact', { n: policy.minLength, kind: t(policy.digitsOnly ? 'page.policyDigits' : 'page.policyAny') })
            : t('page.policy', { min: policy.minLength, max: policy.maxLength, kind: t(policy.digitsOnly ? 'page.policyDigits' : 'page.policyAny') })}
        </p>
      ) : null}
      {notice ? (
        <p className={notice.kind === 'ok' ? 'staff__ok' : 'error-text'} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="staff-notice">
          {notice.text}
        </p>
      ) : null}
      <table className="staff__table">
        <thead>
          <tr>
            <th>{t('page.code')}</th>
            <th>{t('page.name')}</th>
            <th>{t('page.role')}</th>
            <th>{t('page.status')}</th>
            <th>{t('page.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {operators.map((o) => (
            <tr key={o.id} className={o.active ? '' : 'staff__inactive'} data-testid={`operator-${o.code}`}>
              <td>{o.code}</td>
              <td>{o.name}</td>
              <td>{t(`page.roles.${o.role}`)}</td>
              <td>
                {o.active ? t('page.active') : t('page.inactive')}
                {o.mustChangePin ? <span className="staff__tag">{t('page.mustChange')}</span> : null}
              </td>
              <td>
                <div className="staff__actions">
                {resetting === o.id ? (
                  <>
                    <input
                      type="password"
                      inputMode="numeric"
                      autoComplete="new-password"
                      aria-label={t('page.newPin')}
                      placeholder={t('page.newPin')}
                      value={resetPin}
                      onChange={(e) => setResetPin(e.target.value)}
                      data-testid="reset-pin"
                      autoFocus
                    />
                    <button className="button" onClick={() => confirmReset(o)} data-testid="reset-confirm">
                      {t('page.confirmReset')}
                    </button>
                    <button className="button button--quiet" onClick={() => setResetting(null)}>
                      {t('page.cancel')}
                    </button>
                  </>
                ) : (
                  <>
                    <button className="button button--quiet" onClick={() => (setResetting(o.id), setResetPin(''))} data-testid="reset">
                      {t('page.resetPin')}
                    </button>
                    <button
                      className="button button--quiet"
                      onClick={() =>
                        run(client.call('staff.setActive', { operatorId: o.id, active: !o.active }), (r) => t(r.active ? 'page.activated' : 'page.deactivated', { name: r.name }))
                      }
                      data-testid={o.active ? 'deactivate' : 'activate'}
                    >
                      {o.active ? t('page.deactivate') : t('page.activate')}
                    </button>
                  </>
                )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="staff__add" onSubmit={create} data-testid="staff-add">
        <h3>{t('page.add')}</h3>
        <label>
          {t('page.code')}
          <input value={draft.code} onChange={(e) => setDraft({ ...draft, code: e.target.value })} data-testid="add-code" />
        </label>
        <label>
          {t('page.name')}
          <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} data-testid="add-name" />
        </label>
        <label>
          {t('page.role')}
          <select value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value as OperatorInfo['role'] })} data-testid="add-role">
            <option value="cashier">{t('page.roles.cashier')}</option>
            <option value="manager">{t('page.roles.manager')}</option>
          </select>
        </label>
        <label>
          {t('page.firstPin')}
          <input type="password" inputMode="numeric" autoComplete="new-password" value={draft.pin} onChange={(e) => setDraft({ ...draft, pin: e.target.value })} data-testid="add-pin" />
        </label>
        <button className="button" type="submit" data-testid="add-submit">
          {t('page.create')}
        </button>
      </form>
    </section>
  );
}
