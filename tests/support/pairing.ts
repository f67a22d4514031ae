// Pairing a device the real way, in process: the device asks (from a LAN address), a manager
// confirms its code with a role; the device's token is what it then carries with its calls.
import type { Hall } from '../../electron/hall/hall.ts';
import type { Output } from '../../shared/api/index.ts';
import type { PairingRole } from '../../shared/api/pairing.api.ts';
import { resultOverHttp } from './http-call.ts';

export const DEVICE_SOURCE = '10.0.0.50';

async function ok<T>(promise: Promise<{ ok: boolean; result?: unknown; error?: { code: string; message: string } }>, what: string): Promise<T> {
  const res = await promise;
  if (!res.ok) throw new Error(`${what}: ${res.error?.code} ${res.error?.message}`);
  return res.result as T;
}

/** A manager's session for confirming pairings (signed in without a window). */
export async function pairingManager(hall: Hall, code = '9001', pin = '9999'): Promise<string> {
  return (await ok<{ token: string }>(hall.dispatcher.call({ token: null }, 'session.login', { operatorCode: code, pin, terminalId: 'pairing-manager', windowNo: null }), 'manager sign-in')).token;
}

/** Pairs a device and returns its token (the manager confirms the code the device was given). */
export async function pairDevice(
  hall: Hall,
  manager: string,
  device: { role: PairingRole; terminalId: string; windowNo?: number | null; source?: string },
): Promise<{ deviceToken: string; device: Output<'pairing.confirm'> }> {
  const source = device.source ?? DEVICE_SOURCE;
  const asked = await ok<Output<'pairing.request'>>(
    hall.dispatcher.call({ token: null, source }, 'pairing.request', { terminalId: device.terminalId, screen: device.role, windowNo: device.windowNo ?? null }),
    'pairing.request',
  );
  const confirmed = await ok<Output<'pairing.confirm'>>(
    hall.dispatcher.call({ token: manager }, 'pairing.confirm', { code: asked.code, role: device.role, windowNo: device.windowNo ?? null }),
    'pairing.confirm',
  );
  return { deviceToken: asked.deviceToken, device: confirmed };
}

/** A paired device's session, opened over the LAN as the browser screen does. */
export async function pairedDeviceSession(
  hall: Hall,
  manager: string,
  device: { role: 'display' | 'kiosk' | 'customerDisplay'; terminalId: string; windowNo?: number | null; source?: string },
): Promise<{ token: string; deviceToken: string }> {
  const { deviceToken } = await pairDevice(hall, manager, device);
  const session = await ok<{ token: string }>(
    hall.dispatcher.call({ token: null, device: deviceToken, source: device.source ?? DEVICE_SOURCE }, 'session.openDevice', { locale: 'zh-CN' }),
    'session.openDevice',
  );
  return { token: session.token, deviceToken };
}


/**
 * Pairs a device with a hall over HTTP, as a LAN device does: it asks, a manager confirms its code
 * (unless the demo hall paired it by itself). Returns the device's token.
 */
export async function pairOverHttp(url: string, managerToken: string, device: { role: PairingRole; terminalId: string; windowNo?: number | null }): Promise<string> {
  const asked = await resultOverHttp<Output<'pairing.request'>>(url, 'pairing.request', { terminalId: device.terminalId, screen: device.role, windowNo: device.windowNo ?? null });
  if (!asked.autoConfirmed) {
    await resultOverHttp(url, 'pairing.confirm', { code: asked.code, role: device.role, windowNo: device.windowNo ?? null }, { token: managerToken });
  }
  return asked.deviceToken;
}

/** A paired device's session over HTTP (pairing first). */
export async function deviceSessionOverHttp(
  url: string,
  managerToken: string,
  device: { role: 'display' | 'kiosk' | 'customerDisplay'; terminalId: string; windowNo?: number | null },
): Promise<{ token: string; deviceToken: string }> {
  const deviceToken = await pairOverHttp(url, managerToken, device);
  const session = await resultOverHttp<{ token: string }>(url, 'session.openDevice', {}, { device: deviceToken });
  return { token: session.token, deviceToken };
}
