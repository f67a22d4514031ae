// The demo branch's printer: every job becomes two files in a folder, the ESC/POS bytes
// (.bin, which `cat job.bin > /dev/usb/lp0` would print) and the preview (.svg).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PrinterTransport } from './transport.ts';

export function fileTransport(options: { dir: string }) {
  let counter = 0;
  return {
    async sendNamed(name: string, bytes: Buffer, svg: string): Promise<void> {
      await mkdir(options.dir, { recursive: true });
      await writeFile(join(options.dir, `${name}.bin`), bytes);
      await writeFile(join(options.dir, `${name}.svg`), svg);
    },
    async send(bytes: Buffer): Promise<void> {
      await mkdir(options.dir, { recursive: true });
      await writeFile(join(options.dir, `job-${Date.now()}-${++counter}.bin`), bytes);
    },
    status: async () => ({ online: true, paperOut: false, paperNearEnd: false, coverOpen: false }),
  } satisfies PrinterTransport & { sendNamed: unknown };
}
