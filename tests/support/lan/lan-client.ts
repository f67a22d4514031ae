// What the busy-hour's client processes share: the screens' own client (renderer/client, the
// code that ships) over HTTP + WebSocket from Node, and a call that outlasts a host restart.
import { ApiCallError, HallClient } from '../../../renderer/client/client.ts';
import { httpTransport } from '../../../renderer/client/transport-http.ts';
import type { Input, MethodName, Output } from '../../../shared/api/index.ts';

export { HallClient, ApiCallError };

export function lanClient(url: string): HallClient {
  return new HallClient(httpTransport(url));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Signing in and opening the shift happen once, before the hour's work: not its latency. */
const SETUP = new Set<MethodName>(['session.login', 'session.openDevice', 'pairing.request', 'pairing.confirm', 'shifts.current', 'shifts.open']);

/** Latencies of the hour's calls answered at the first try (a call that spans the host's restart is not a latency). */
export const latencies: number[] = [];
/** Every request sent, answered or not: the length of this process's chain of round trips. */
export const sent = { count: 0 };

/** A call that gets no answer (host down) is sent again, the same input, until the host answers or `deadlineMs` passes. */
export async function untilAnswered<M extends MethodName>(client: HallClient, method: M, input: Input<M>, onLost?: () => void, deadlineMs = 60_000): Promise<Output<M>> {
  const started = performance.now();
  for (let attempt = 0; ; attempt++) {
    const at = performance.now();
    sent.count++;
    try {
      const result = await client.call(method, input);
      if (attempt === 0 && !SETUP.has(method)) latencies.push(performance.now() - at);
      return result;
    } catch (error) {
      if (!(error instanceof ApiCallError) || error.code !== 'transport') throw error;
      onLost?.();
      if (performance.now() - started > deadlineMs) throw new Error(`${method}: no answer for ${deadlineMs} ms`, { cause: error });
      await pause(100); // waiting for the host to come back, not for a result
    }
  }
}

/** One try and no more, for a call that must not be repeated blindly: its result, or null when no answer came. */
export async function once<M extends MethodName>(client: HallClient, method: M, input: Input<M>): Promise<{ result: Output<M> } | null> {
  const at = performance.now();
  sent.count++;
  try {
    const result = await client.call(method, input);
    latencies.push(performance.now() - at);
    return { result };
  } catch (error) {
    if (!(error instanceof ApiCallError) || error.code !== 'transport') throw error;
    return null;
  }
}

/**
 * An unattended device's session (kiosk, hall display). The one place the LAN clients get one,
 * so a change in how devices are admitted changes here only.
 */
export async function deviceSession(client: HallClient, role: 'kiosk' | 'display', terminalId: string): Promise<void> {
  // paired as a LAN device is: it asks, the branch's manager (demo 9001) confirms the code it shows
  const asked = await untilAnswered(client, 'pairing.request', { terminalId, screen: role, windowNo: null, locale: 'zh-CN' });
  if (!asked.autoConfirmed) {
    const manager = await untilAnswered(client, 'session.login', { operatorCode: '9001', pin: '9999', terminalId: `${terminalId}-pairing`, windowNo: null, locale: 'zh-CN' });
    client.setToken(manager.token);
    await untilAnswered(client, 'pairing.confirm', { code: asked.code, role, windowNo: null });
    client.setToken(null);
  }
  client.setDeviceToken(asked.deviceToken);
  const session = await untilAnswered(client, 'session.openDevice', { locale: 'zh-CN' });
  client.setToken(session.token);
}

/** One line of JSON on stdout, for the orchestrator. */
export function report(kind: string, value: unknown): void {
  process.stdout.write(`${kind} ${JSON.stringify(value)}\n`);
}
