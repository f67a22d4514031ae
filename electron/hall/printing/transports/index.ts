import type { PrinterConfig } from '../../../../shared/api/printing.api.ts';
import type { PrinterTransport } from './transport.ts';
import { networkTransport } from './network.ts';
import { cupsTransport, windowsTransport } from './spooler.ts';
import { deviceTransport } from './device.ts';
import { fileTransport } from './file.ts';

export type AnyTransport = PrinterTransport & { sendNamed?: (name: string, bytes: Buffer, svg: string) => Promise<void> };

/** `printedFolder`: where a `file` printer may write (printed-folder.ts). */
export function transportFor(config: PrinterConfig, place: { printedFolder: string | null }): AnyTransport {
  switch (config.transport) {
    case 'network':
      return networkTransport({ host: config.host, port: config.port, timeoutMs: config.timeoutMs });
    case 'cups':
      return cupsTransport({ queue: config.queue, timeoutMs: config.timeoutMs });
    case 'windows':
      return windowsTransport({ printerName: config.printerName, timeoutMs: config.timeoutMs });
    case 'serial':
    case 'usb':
      return deviceTransport({ path: config.path, timeoutMs: config.timeoutMs, readsStatus: config.readsStatus });
    case 'file':
      return fileTransport({ dir: config.dir, printedFolder: place.printedFolder });
  }
}
