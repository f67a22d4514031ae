// Sends the customer view to this window's customer display (counter.present) whenever it
// changes: one call per change, the latest wins; a failed call is retried with the next change
// or when the connection comes back, since the display shows only what the hall stored.
import { useEffect, useRef } from 'react';
import type { CustomerView } from '../../shared/api/counter.api.ts';
import { useConnection, useHall } from '../ui/hall-context.tsx';

export function usePresent(view: CustomerView): void {
  const client = useHall();
  const status = useConnection();
  const sent = useRef<string | null>(null);
  const key = JSON.stringify(view);
  useEffect(() => {
    if (status !== 'online' || sent.current === key) return;
    sent.current = key;
    client.call('counter.present', { view: JSON.parse(key) as CustomerView }).catch(() => {
      if (sent.current === key) sent.current = null;
    });
  }, [client, key, status]);
}
