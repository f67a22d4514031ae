// ESC/POS real-time status (DLE EOT n), read before each job and by the counter's
// pre-opening check: is the printer online, is there paper, is the cover closed.
export interface PrinterStatus {
  online: boolean;
  paperOut: boolean;
  paperNearEnd: boolean;
  coverOpen: boolean;
}

export const STATUS_QUERIES = [
  Buffer.from([0x10, 0x04, 0x01]), // printer status
  Buffer.from([0x10, 0x04, 0x02]), // off-line cause
  Buffer.from([0x10, 0x04, 0x04]), // roll paper sensor
];

/** Reads the three answer bytes; each has bits 1 and 4 set and bits 0 and 7 clear when valid. */
export function parseStatus(answers: Buffer): PrinterStatus {
  if (answers.length < 3 || [...answers.subarray(0, 3)].some((b) => (b & 0x93) !== 0x12)) throw new Error('not an ESC/POS status answer');
  const [printer, offline, paper] = [answers[0]!, answers[1]!, answers[2]!];
  return {
    online: (printer & 0x08) === 0,
    coverOpen: (offline & 0x04) !== 0,
    paperOut: (offline & 0x20) !== 0 || (paper & 0x60) !== 0,
    paperNearEnd: (paper & 0x0c) !== 0,
  };
}

/** Why a printer cannot take a job now, as a printing:status.* key; null when it can. */
export function statusProblem(status: PrinterStatus): string | null {
  if (status.coverOpen) return 'coverOpen';
  if (status.paperOut) return 'paperOut';
  if (!status.online) return 'offline';
  return null;
}
