// One API call over HTTP as a screen on the LAN makes it: the session's token, and beside it the
// paired device's (a session opened from a device works only beside that device's token).
import type { ApiResponse } from '../../shared/errors.ts';
import { DEVICE_TOKEN_HEADER } from '../../shared/api/pairing.api.ts';

export interface CallAuth {
  token?: string | null;
  device?: string | null;
}

/** The hall's answer, as it came over the wire. */
export async function callOverHttp(url: string, method: string, input: unknown, auth: CallAuth = {}): Promise<ApiResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  if (auth.device) headers[DEVICE_TOKEN_HEADER] = auth.device;
  const res = await fetch(`${url}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
  return (await res.json()) as ApiResponse;
}

/** The result; a refusal throws with its code and sentence. */
export async function resultOverHttp<T>(url: string, method: string, input: unknown, auth: CallAuth = {}): Promise<T> {
  const res = await callOverHttp(url, method, input, auth);
  if (!res.ok) throw new Error(`${method}: ${res.error.code} ${res.error.message}`);
  return res.result as T;
}
