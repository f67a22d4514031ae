// The demo branch's printer: every job becomes two files in a folder, the ESC/POS bytes
// (.bin, which `cat job.bin > /dev/usb/lp0` would print) and the preview (.svg).
// The folder is checked again at every job, not only when it is set: a setting stored before
// the check existed, or a database edited by hand, must not write outside printed/ either.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PrintFailure, type PrinterTransport } from './transport.ts';
import { fileFolderInside } from './printed-folder.ts';

export function fileTransport(options: { dir: string; printedFolder: string | null }) {
  let counter = 0;
  const folder = async (): Promise<string> => {
    const inside = fileFolderInside(options.printedFolder, options.dir);
    if (inside === null) throw new PrintFailure('fileOutsidePrinted', { dir: options.dir }, false);
    await mkdir(inside, { recursive: true });
    return inside;
  };
  return {
    async sendNamed(name: string, bytes: Buffer, svg: string): Promise<void> {
      const dir = await folder();
      await writeFile(join(dir, `${name}.bin`), bytes);
      await writeFile(join(dir, `${name}.svg`), svg);
    },
    async send(bytes: Buffer): Promise<void> {
      await writeFile(join(await folder(), `job-${Date.now()}-${++counter}.bin`), bytes);
    },
    async status() {
      if (fileFolderInside(options.printedFolder, options.dir) === null) throw new PrintFailure('fileOutsidePrinted', { dir: options.dir }, false);
      return { online: true, paperOut: false, paperNearEnd: false, coverOpen: false };
    },
  } satisfies PrinterTransport & { sendNamed: unknown };
}
