// A call's failure in words for the person in front of the screen. A refusal from the hall
// already carries its sentence in their language; a transport failure (no network, host
// down) is said plainly: a customer is asked to wait, staff are told what failed. The
// technical detail always goes to the console.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiCallError } from '../client/client.ts';

/** Who reads the message: a customer (kiosk, displays) or staff (counter, manager). */
export type Audience = 'customer' | 'staff';

export function callErrorText(error: unknown, t: TFunction, audience: Audience): string {
  if (error instanceof ApiCallError && error.code !== 'transport') return error.message;
  const detail = error instanceof ApiCallError ? String(error.body.params?.detail ?? '') : String(error);
  console.error('[call] failed:', error);
  return audience === 'customer' ? t('errors:transport') : t('errors:transportStaff', { detail });
}

/** Turns a failed call into words for this screen's audience. */
export function useErrorText(audience: Audience): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback((error: unknown) => callErrorText(error, t, audience), [t, audience]);
}

/** A screen's calls: `run` clears the last error, and a failure becomes `error` in words. */
export function useCall(audience: Audience) {
  const say = useErrorText(audience);
  const [error, setError] = useState<string | null>(null);
  const fail = useCallback((e: unknown) => setError(say(e)), [say]);
  const run = useCallback(
    <T,>(call: () => Promise<T>): Promise<T | undefined> => {
      setError(null);
      return call().catch((e: unknown) => {
        fail(e);
        return undefined;
      });
    },
    [fail],
  );
  return { error, setError, fail, run };
}
