// Every API method × every kind of caller, over real HTTP as a LAN device calls (issue 20):
// exactly the roles the contract declares get through, and each refusal says why. The table is
// the contract itself (`methods`): a new method joins it by itself, and a method whose roles
// change moves its cells.
//
// Each call sends an input no method's schema accepts (the JSON string "x"). The dispatcher
// checks the caller's role and pairing before it reads the input, so a caller let through gets
// `invalid_input` and a refused one gets its refusal, and nothing is ever done.
//
// The host is a real one (no demo): a caller on loopback is a LAN caller like any other (it
// pairs by a manager's confirmation, and `pairedDeviceOnLan` applies to it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testHall, type TestHall } from '../../support/hall.ts';
import { startHost, type HallHost } from '../../../electron/hall/transport/host.ts';
import { methods, type MethodName, type Output } from '../../../shared/api/index.ts';
import type { PairingRole } from '../../../shared/api/pairing.api.ts';
import type { Role } from '../../../shared/roles.ts';
import { callOverHttp, resultOverHttp, type CallAuth } from '../../support/http-call.ts';
import type { ApiResponse } from '../../../shared/errors.ts';

const NEVER_AN_INPUT = 'x';
/** What a cell reached: the input check (the caller was let through), or the refusal's key or code. */
const THROUGH = 'invalid_input';

interface CallerKind {
  name: string;
  /** Its column in the recorded table. */
  label: string;
  token: string | null;
  device: string | null;
  /** The role the contract is read for; null when the token itself is refused (then `refusal` says how). */
  role: Role | null;
  refusal?: string;
}

let t: TestHall;
let host: HallHost;
const kinds: CallerKind[] = [];
const names = Object.keys(methods) as MethodName[];
/** Every (method, caller) pair and what its call reached. */
let cells: Array<{ kind: CallerKind; method: MethodName; got?: string }> = [];

const post = (method: string, input: unknown, auth: CallAuth = {}): Promise<ApiResponse> => callOverHttp(host.url, method, input, auth);

const must = <T>(method: string, input: unknown, auth: CallAuth = {}): Promise<T> => resultOverHttp<T>(host.url, method, input, auth);

/** A device asks over HTTP and shows its code; the manager confirms it with a role. */
async function pair(manager: string, role: PairingRole, terminalId: string, windowNo: number | null = null): Promise<string> {
  const asked = await must<Output<'pairing.request'>>('pairing.request', { terminalId, screen: role, windowNo });
  expect(asked.autoConfirmed).toBe(false);
  await must('pairing.confirm', { code: asked.code, role, windowNo }, { token: manager });
  return asked.deviceToken;
}

async function openDevice(device: string): Promise<string> {
  return (await must<{ token: string }>('session.openDevice', {}, { device })).token;
}

/** 工号 + PIN over HTTP; at a window, from that window's counter PC (its device token rides along). */
async function signIn(code: string, pin: string, at: { windowNo: number; counterPc: string } | null): Promise<string> {
  const input = { operatorCode: code, pin, terminalId: at ? `pc-${at.windowNo}` : 'back-office', windowNo: at?.windowNo ?? null };
  return (await must<{ token: string }>('session.login', input, { device: at?.counterPc ?? null })).token;
}

async function deviceId(manager: string, terminalId: string): Promise<number> {
  const { devices } = await must<Output<'pairing.devices'>>('pairing.devices', {}, { token: manager });
  return devices.find((d) => d.terminalId === terminalId)!.id;
}

beforeAll(async () => {
  t = testHall();
  host = await startHost(t.hall);
  const { sessionHours } = t.hall.config;

  // An operator session left open longer than the hall allows: its clock moves on, nobody sleeps.
  const expired = await signIn('1002', '1234', null);
  t.clock.advance(sessionHours * 3_600_000 + 60_000);

  const manager = await signIn('9001', '9999', null);
  const display = await pair(manager, 'display', 'hall-tv');
  const kiosk = await pair(manager, 'kiosk', 'lobby-kiosk');
  const customer = await pair(manager, 'customerDisplay', 'customer-1', 1);
  const counterPc1 = await pair(manager, 'counter', 'pc-1', 1);
  const counterPc2 = await pair(manager, 'counter', 'pc-2', 2);
  const cashierAt2 = await signIn('1002', '1234', { windowNo: 2, counterPc: counterPc2 });
  const revokedDevice = await pair(manager, 'display', 'old-tv');
  const revokedSession = await openDevice(revokedDevice);
  await must('pairing.revoke', { deviceId: await deviceId(manager, 'old-tv') }, { token: manager });
  const loggedOut = await signIn('1002', '1234', null);
  await must('session.logout', {}, { token: loggedOut });

  kinds.push(
    { name: 'no token', label: 'none', token: null, device: null, role: 'anonymous' },
    { name: 'garbage token', label: 'garbage', token: 'x'.repeat(32), device: null, role: null, refusal: 'session_expired' },
    { name: 'garbage device token', label: 'garbageDevice', token: null, device: 'y'.repeat(43), role: null, refusal: 'net:errors.deviceNotPaired' },
    { name: 'session of a revoked device', label: 'revokedSession', token: revokedSession, device: null, role: null, refusal: 'net:errors.deviceNotPaired' },
    { name: 'revoked device token alone', label: 'revokedDevice', token: null, device: revokedDevice, role: null, refusal: 'net:errors.deviceNotPaired' },
    { name: 'logged-out session', label: 'loggedOut', token: loggedOut, device: null, role: null, refusal: 'session_expired' },
    { name: `operator session older than ${sessionHours} h`, label: 'expired', token: expired, device: null, role: null, refusal: 'session_expired' },
    { name: 'paired kiosk’s token, no session', label: 'deviceOnly', token: null, device: kiosk, role: 'anonymous' },
    { name: 'hall display', label: 'display', token: await openDevice(display), device: display, role: 'display' },
    { name: 'kiosk', label: 'kiosk', token: await openDevice(kiosk), device: kiosk, role: 'kiosk' },
    { name: 'customer display (window 1)', label: 'customer1', token: await openDevice(customer), device: customer, role: 'customerDisplay' },
    { name: 'counter PC 1’s own session', label: 'pc1', token: await openDevice(counterPc1), device: counterPc1, role: 'customerDisplay' },
    {
      name: 'cashier at window 1, from counter PC 1',
      label: 'cashier1',
      token: await signIn('1001', '1234', { windowNo: 1, counterPc: counterPc1 }),
      device: counterPc1,
      role: 'cashier',
    },
    { name: 'manager (no window)', label: 'manager', token: manager, device: null, role: 'manager' },
    // a session is bound to the counter PC it was opened on: carried to another machine it is refused
    {
      name: 'cashier of window 2, presented from counter PC 1',
      label: 'cashier2@pc1',
      token: cashierAt2,
      device: counterPc1,
      role: null,
      refusal: 'net:errors.sessionOtherDevice',
    },
    { name: 'cashier of window 2, presented without a device token', label: 'cashier2@none', token: cashierAt2, device: null, role: null, refusal: 'net:errors.sessionOtherDevice' },
  );
  cells = kinds.flatMap((kind) => names.map((method) => ({ kind, method })));
  const answers = await inTurn(cells.map(({ kind, method }) => () => post(method, NEVER_AN_INPUT, kind)));
  cells.forEach((cell, i) => (cell.got = reached(answers[i]!)));
});
afterAll(async () => {
  await host?.close();
  t?.close();
});

/** What the contract says a cell should reach: the input check, or the refusal for this caller. */
function expected(method: MethodName, kind: CallerKind): string {
  if (kind.role === null) return kind.refusal!;
  const spec = methods[method] as { roles: readonly Role[]; pairedDeviceOnLan?: boolean };
  if (!spec.roles.includes(kind.role)) return kind.role === 'anonymous' ? 'not_signed_in' : 'forbidden';
  if (spec.pairedDeviceOnLan && !kind.device) return 'net:errors.pairingRequired';
  return THROUGH;
}

const reached = (res: ApiResponse): string => (res.ok ? 'ok (did the work!)' : (res.error.key ?? res.error.code));

/** Runs calls a few at a time (the host caps connections per source). */
async function inTurn<T>(jobs: Array<() => Promise<T>>, width = 6): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) {
        const i = next++;
        out[i] = await jobs[i]!();
      }
    }),
  );
  return out;
}

describe('every API method × every kind of caller, over HTTP from the LAN', () => {
  it('no method’s input accepts the probe, so a cell can only end at the role check or the input check', () => {
    expect(names.length).toBeGreaterThan(40);
    expect(names.filter((m) => methods[m].input.safeParse(NEVER_AN_INPUT).success)).toEqual([]);
  });

  it('exactly the declared roles get through; every refusal is the right one', () => {
    const mismatches = cells.flatMap(({ kind, method, got }) => {
      const want = expected(method, kind);
      return got === want ? [] : [`${method} × ${kind.name}: expected ${want}, got ${got}`];
    });
    // only the cells that differ, one line each
    expect(mismatches.join('\n'), `${mismatches.length} of ${cells.length} cells differ from the contract`).toBe('');
    // not vacuous: every caller with a live session, or none, gets through somewhere
    for (const kind of kinds.filter((k) => k.role !== null)) expect(cells.some((c) => c.kind === kind && c.got === THROUGH), kind.name).toBe(true);
  });

  it('who gets through each method is as reviewed (a change of roles shows here as its method’s line; update on purpose with -u)', () => {
    const width = Math.max(...names.map((m) => m.length));
    const table = names
      .toSorted()
      .map((method) => `${method.padEnd(width)}  ${kinds.filter((kind) => cells.some((c) => c.kind === kind && c.method === method && c.got === THROUGH)).map((k) => k.label).join(' ') || '-'}`);
    expect(table.join('\n')).toMatchSnapshot();
  });
});
