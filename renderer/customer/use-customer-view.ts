// The window's customer view as a live value: read once (and again whenever the link to the hall
// comes back, so a reloaded or reconnected display is right), replaced at once by each pushed
// view of this window, and read again when the hall's board changes (a pause, a sign-in).
import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../shared/api/index.ts';
import { useConnection, useHall } from '../ui/hall-context.tsx';

export type CustomerState = Output<'counter.customerView'>;

export function useCustomerView(windowNo: number): { state: CustomerState | null; reload: () => void } {
  const client = useHall();
  const status = useConnection();
  const [state, setState] = useState<CustomerState | null>(null);
  const reload = useCallback(() => {
    client
      .call('counter.customerView', { windowNo })
      .then(setState)
      .catch(() => undefined);
  }, [client, windowNo]);
  useEffect(
    () =>
      client.on('counter.viewChanged', (event) => {
        if (event.windowNo !== windowNo) return;
        // show the figures now; the cashier and rated flag follow with the read
        setState((prev) => (prev ? { ...prev, view: event.view, rated: false } : prev));
        reload();
      }),
    [client, windowNo, reload],
  );
  useEffect(() => client.on('queue.boardChanged', () => reload()), [client, reload]);
  // a new cashier signed in at this window (taking it over, perhaps): the display names them at once
  useEffect(
    () =>
      client.on('session.windowStaffed', (event) => {
        if (event.windowNo === windowNo) reload();
      }),
    [client, windowNo, reload],
  );
  useEffect(() => {
    if (status === 'online') reload();
  }, [status, reload]);
  return { state, reload };
}
