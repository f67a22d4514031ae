// The manager pairs devices: types the code a device shows, says what it is (and its window),
// sees who is waiting (never their codes: the code is read from the device itself), and lists
// and revokes paired devices. Live: a new request or a change reads the lists again.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAIRING_ROLES, WINDOW_PAIRING_ROLES, type PairedDeviceInfo, type PairingRequestInfo, type PairingRole } from '../../../shared/api/pairing.api.ts';
import { useHall } from '../../ui/hall-context.tsx';
import { formatHallTime } from '../../../shared/hall-time.ts';
import { ApiCallError } from '../../client/client.ts';
import './devices.css';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

export function DevicesPanel({ timeZone }: { timeZone: string }) {
  // in the hall's zone, whatever the manager's PC is set to
  const timeOf = (iso: string | null) => (iso ? formatHallTime(iso, timeZone, 'dateTime') : '');
  const { t } = useTranslation('net');
  const client = useHall();
  const [pending, setPending] = useState<PairingRequestInfo[]>([]);
  const [devices, setDevices] = useState<PairedDeviceInfo[]>([]);
  const [code, setCode] = useState('');
  const [role, setRole] = useState<PairingRole>('display');
  const [windowNo, setWindowNo] = useState(1);
  const [notice, setNotice] = useState<Notice>(null);
  const fail = (err: unknown) => setNotice({ kind: 'error', text: err instanceof ApiCallError ? err.message : String(err) });
  const needsWindow = WINDOW_PAIRING_ROLES.includes(role);

  const load = useCallback(() => {
    client.call('pairing.pending', {}).then((r) => setPending(r.requests)).catch(fail);
    client.call('pairing.devices', {}).then((r) => setDevices(r.devices)).catch(fail);
  }, [client]);
  useEffect(load, [load]);
  useEffect(() => client.on('pairing.changed', load), [client, load]);

  const confirm = () => {
    setNotice(null);
    client
      .call('pairing.confirm', { code: code.replace(/\s/g, ''), role, windowNo: needsWindow ? windowNo : null })
      .then((d) => {
        setNotice({ kind: 'ok', text: t('devices.confirmed', { terminal: d.terminalId }) });
        setCode('');
        load();
      })
      .catch(fail);
  };
  const revoke = (d: PairedDeviceInfo) => {
    setNotice(null);
    client
      .call('pairing.revoke', { deviceId: d.id })
      .then(() => {
        setNotice({ kind: 'ok', text: t('devices.revoked', { terminal: d.terminalId }) });
        load();
      })
      .catch(fail);
  };
  const what = (r: PairingRole, w: number | null) => t(`pairing.screens.${r}`) + (w ? ` · ${t('devices.window')} ${w}` : '');

  return (
    <section className="panel devices" data-testid="devices-panel">
      <h2>{t('devices.title')}</h2>
      <p className="devices__hint">{t('devices.hint')}</p>
      <form
        className="devices__form"
        onSubmit={(e) => {
          e.preventDefault();
          confirm();
        }}
      >
        <label>
          {t('devices.code')}
          <input inputMode="numeric" maxLength={7} value={code} onChange={(e) => setCode(e.target.value)} data-testid="pairing-code-input" />
        </label>
        <label>
          {t('devices.role')}
          <select value={role} onChange={(e) => setRole(e.target.value as PairingRole)} data-testid="pairing-role">
            {PAIRING_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`pairing.screens.${r}`)}
              </option>
            ))}
          </select>
        </label>
        {needsWindow ? (
          <label>
            {t('devices.window')}
            <input type="number" min={1} max={99} value={windowNo} onChange={(e) => setWindowNo(Number(e.target.value))} data-testid="pairing-window" />
          </label>
        ) : null}
        <button className="button button--primary" type="submit" disabled={!/^\s*\d{3}\s?\d{3}\s*$/.test(code)} data-testid="pairing-confirm">
          {t('devices.confirm')}
        </button>
      </form>
      {notice ? (
        <p className={notice.kind === 'ok' ? 'devices__ok' : 'error-text'} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="devices-notice">
          {notice.text}
        </p>
      ) : null}
      <h3>{t('devices.pendingTitle')}</h3>
      {pending.length === 0 ? (
        <p className="devices__empty">{t('devices.pendingEmpty')}</p>
      ) : (
        <table className="devices__table" data-testid="pairing-pending">
          <thead>
            <tr>
              <th>{t('devices.terminal')}</th>
              <th>{t('devices.asked')}</th>
              <th>{t('devices.from')}</th>
              <th>{t('devices.requestedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {pending.map((r) => (
              <tr key={r.id}>
                <td>{r.terminalId}</td>
                <td>{what(r.screen, r.windowNo)}</td>
                <td>{r.source ?? ''}</td>
                <td>{timeOf(r.requestedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('devices.pairedTitle')}</h3>
      {devices.length === 0 ? (
        <p className="devices__empty">{t('devices.pairedEmpty')}</p>
      ) : (
        <table className="devices__table" data-testid="paired-devices">
          <thead>
            <tr>
              <th>{t('devices.terminal')}</th>
              <th>{t('devices.role')}</th>
              <th>{t('devices.pairedAt')}</th>
              <th>{t('devices.pairedBy')}</th>
              <th>{t('devices.lastSeen')}</th>
              <th>{t('devices.expiresAt')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {devices.map((d) => (
              <tr key={d.id} className={d.revokedAt ? 'devices__revoked' : ''} data-testid={`device-${d.terminalId}`}>
                <td>{d.terminalId}</td>
                <td>{what(d.role, d.windowNo)}</td>
                <td>{timeOf(d.pairedAt)}</td>
                <td>{d.auto ? t('devices.auto') : (d.pairedBy ?? '')}</td>
                <td>{d.lastSeenAt ? timeOf(d.lastSeenAt) : t('devices.neverSeen')}</td>
                <td>{timeOf(d.expiresAt)}</td>
                <td>
                  {d.revokedAt ? (
                    t('devices.revokedAt')
                  ) : (
                    <button className="button" type="button" onClick={() => revoke(d)} data-testid="revoke">
                      {t('devices.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
