// What became of the kiosk's slips, by print job. An outcome may arrive over the event socket
// before the issuing call has returned, so outcomes are kept (the last few) and looked up.
import { useEffect, useState } from 'react';
import { useHall } from '../ui/hall-context.tsx';

/** `noAnswer`: the kiosk heard nothing in time (no event connection, a stuck printer): treated as not printed. */
export type SlipOutcome = { kind: 'printed' } | { kind: 'failed'; reasonKey: string; target: string } | { kind: 'noAnswer' };

const KEEP = 20;

export function useSlipOutcomes(): ReadonlyMap<number, SlipOutcome> {
  const client = useHall();
  const [outcomes, setOutcomes] = useState<ReadonlyMap<number, SlipOutcome>>(new Map());
  useEffect(() => {
    const record = (jobId: number, outcome: SlipOutcome) =>
      setOutcomes((old) => {
        const next = new Map(old);
        next.set(jobId, outcome);
        while (next.size > KEEP) next.delete(next.keys().next().value!);
        return next;
      });
    const offPrinted = client.on('printing.kioskSlipPrinted', (e) => record(e.jobId, { kind: 'printed' }));
    const offFailed = client.on('printing.kioskSlipFailed', (e) => record(e.jobId, { kind: 'failed', reasonKey: e.reasonKey, target: e.target }));
    return () => {
      offPrinted();
      offFailed();
    };
  }, [client]);
  return outcomes;
}
