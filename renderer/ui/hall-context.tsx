import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { HallClient } from '../client/client.ts';
import type { ConnectionStatus } from '../client/transport.ts';

const HallContext = createContext<HallClient | null>(null);

export function HallProvider({ client, children }: { client: HallClient; children: ReactNode }) {
  return <HallContext.Provider value={client}>{children}</HallContext.Provider>;
}

export function useHall(): HallClient {
  const client = useContext(HallContext);
  if (!client) throw new Error('useHall outside HallProvider');
  return client;
}

/** The event connection's state; screens re-read their data when it comes back 'online'. */
export function useConnection(): ConnectionStatus {
  const client = useHall();
  const [status, setStatus] = useState<ConnectionStatus>(client.status);
  useEffect(() => client.onStatus(setStatus), [client]);
  return status;
}
