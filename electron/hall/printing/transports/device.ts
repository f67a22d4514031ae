// A printer that is a device file: a USB printer on Linux (/dev/usb/lp0), a serial port
// (/dev/ttyUSB0, or \\.\COM3 on Windows) already set to the printer's baud rate. Writes are
// bounded by a timeout; a device that accepts status queries answers DLE EOT like a
// network printer, read back from the same file.
import { open } from 'node:fs/promises';
import { PrintFailure, type PrinterTransport } from './transport.ts';
import { STATUS_QUERIES, parseStatus, type PrinterStatus } from '../printer-status.ts';

function withTimeout<T>(work: Promise<T>, ms: number, uncertain: boolean): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new PrintFailure('timeout', { ms }, uncertain)), ms);
    }),
  ]);
}

export function deviceTransport(options: { path: string; timeoutMs: number; readsStatus: boolean }): PrinterTransport {
  return {
    async send(bytes) {
      let handle;
      try {
        handle = await withTimeout(open(options.path, 'w'), options.timeoutMs, false);
      } catch (error) {
        if (error instanceof PrintFailure) throw error;
        throw new PrintFailure('unreachable', { detail: (error as Error).message }, false);
      }
      try {
        await withTimeout(handle.write(bytes), options.timeoutMs, true);
      } catch (error) {
        if (error instanceof PrintFailure) throw error;
        throw new PrintFailure('dropped', {}, true);
      } finally {
        await handle.close().catch(() => undefined);
      }
    },
    async status(): Promise<PrinterStatus | null> {
      if (!options.readsStatus) return null;
      const handle = await open(options.path, 'r+').catch((error: Error) => {
        throw new PrintFailure('unreachable', { detail: error.message }, false);
      });
      try {
        await withTimeout(handle.write(Buffer.concat(STATUS_QUERIES)), options.timeoutMs, false);
        const answer = Buffer.alloc(3);
        const { bytesRead } = await withTimeout(handle.read(answer, 0, 3, null), options.timeoutMs, false);
        return parseStatus(answer.subarray(0, bytesRead));
      } finally {
        await handle.close().catch(() => undefined);
      }
    },
  };
}
