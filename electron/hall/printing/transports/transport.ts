// How bytes reach a printer. Each transport bounds every wait by a timeout, and says
// whether a failure happened before anything was sent (safe to print again as an original)
// or after (the paper may already carry part of the receipt: reprint it marked 补打).
import type { PrinterStatus } from '../printer-status.ts';

export class PrintFailure extends Error {
  /** printing:status.* key */
  readonly key: string;
  readonly params: Record<string, string | number>;
  /** true when some bytes may have reached the paper */
  readonly uncertain: boolean;
  constructor(key: string, params: Record<string, string | number>, uncertain: boolean) {
    super(`${key} ${JSON.stringify(params)}`);
    this.key = key;
    this.params = params;
    this.uncertain = uncertain;
  }
}

export interface PrinterTransport {
  send(bytes: Buffer): Promise<void>;
  /** null when the transport cannot ask (a spooler queue, a file). */
  status(): Promise<PrinterStatus | null>;
}
