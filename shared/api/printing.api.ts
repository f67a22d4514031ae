import { z } from 'zod';
import { STAFF, MANAGER } from '../roles.ts';
import { PAPER_WIDTHS, PRINT_KINDS } from '../print-models.ts';
import { command, event, query } from './contract.ts';

export const printTargetSchema = z.string().regex(/^(window:\d{1,2}|kiosk:[A-Za-z0-9._-]{1,40}|office)$/);

/**
 * The device files a `serial` or `usb` printer may be (docs/printing.md): printer and serial
 * device classes only, so a setting cannot point the print worker at any other file.
 * Linux: /dev/usb/lpN, /dev/lpN, /dev/ttyUSBN, /dev/ttyACMN, /dev/ttySN, and udev's stable
 * /dev/serial/by-id/… names; Windows: the ports COMn, LPTn and USB00n (also as \\.\COMn).
 */
export const PRINTER_DEVICE_PATH = /^(?:\/dev\/(?:usb\/lp\d{1,3}|lp\d{1,3}|ttyUSB\d{1,3}|ttyACM\d{1,3}|ttyS\d{1,3}|serial\/by-id\/[A-Za-z0-9_:-][A-Za-z0-9_.:-]{0,150})|(?:\\\\\.\\)?(?:COM\d{1,3}|LPT\d|USB\d{3}))$/i;
const devicePathSchema = z.string().min(1).max(200).regex(PRINTER_DEVICE_PATH);

const common = {
  paperWidth: z.union([z.literal(PAPER_WIDTHS[0]), z.literal(PAPER_WIDTHS[1])]).default(80),
  timeoutMs: z.number().int().min(200).max(60_000).default(5_000),
};

export const printerConfigSchema = z.discriminatedUnion('transport', [
  z.object({ transport: z.literal('network'), host: z.string().min(1).max(253), port: z.number().int().min(1).max(65535).default(9100), ...common }).strict(),
  z.object({ transport: z.literal('cups'), queue: z.string().regex(/^[A-Za-z0-9._-]{1,127}$/), ...common }).strict(),
  // passed to the spooler as data (an environment variable), never inside a script; no control characters
  z.object({ transport: z.literal('windows'), printerName: z.string().min(1).max(200).regex(/^\P{Cc}+$/u), ...common }).strict(),
  z.object({ transport: z.literal('serial'), path: devicePathSchema, readsStatus: z.boolean().default(true), ...common }).strict(),
  z.object({ transport: z.literal('usb'), path: devicePathSchema, readsStatus: z.boolean().default(false), ...common }).strict(),
  z.object({ transport: z.literal('file'), dir: z.string().min(1).max(500), ...common }).strict(),
]);
export type PrinterConfig = z.infer<typeof printerConfigSchema>;

export const printerStatusSchema = z.object({ online: z.boolean(), paperOut: z.boolean(), paperNearEnd: z.boolean(), coverOpen: z.boolean() });

export const queuedJobSchema = z.object({
  id: z.number().int(),
  kind: z.enum(PRINT_KINDS),
  target: z.string(),
  createdAt: z.string(),
  attempts: z.number().int(),
  /** why it did not print, in the caller's language */
  reason: z.string(),
  /** true when part of it may have printed: the reprint will say 补打 */
  uncertain: z.boolean(),
  /** receipt or ticket number */
  documentNo: z.string().nullable(),
});

export const printingApi = {
  methods: {
    'printing.queue': query({
      summary: 'The reprint queue: jobs that failed or may not have printed. A cashier sees the jobs of their own window.',
      roles: STAFF,
      input: z.object({ target: printTargetSchema.nullable().default(null) }).strict(),
      output: z.object({ jobs: z.array(queuedJobSchema) }),
    }),
    'printing.reprint': command({
      summary: 'Prints a queued job again (one key at the counter); marked 补打 when the first attempt may have printed.',
      roles: STAFF,
      input: z.object({ jobId: z.number().int().positive() }).strict(),
      output: z.object({ jobId: z.number().int(), marks: z.array(z.enum(['reprint', 'reversed'])) }),
    }),
    'printing.reprintReceipt': command({
      summary: 'Prints a copy of an issued receipt (the customer lost it), marked 补打, and 已冲正 if it was reversed.',
      roles: STAFF,
      input: z.object({ receiptNo: z.string().regex(/^W\d{2}-\d{8}$/) }).strict(),
      output: z.object({ jobId: z.number().int(), marks: z.array(z.enum(['reprint', 'reversed'])) }),
    }),
    'printing.preview': query({
      summary: 'A print job as it looks on paper (SVG), for the counter’s reprint queue and the manager.',
      roles: STAFF,
      input: z.object({ jobId: z.number().int().positive(), paperWidth: z.union([z.literal(58), z.literal(80)]).nullable().default(null) }).strict(),
      output: z.object({ svg: z.string(), paperWidth: z.number().int() }),
    }),
    'printing.receiptJob': query({
      summary: 'The first print job of a receipt just issued (payment or 冲正): its state (pending, printing, printed, failed with the reason) and its preview (SVG), so the counter shows both in one call after the commit.',
      roles: STAFF,
      input: z.object({ receiptNo: z.string().regex(/^W\d{2}-\d{8}$/) }).strict(),
      output: z.object({
        jobId: z.number().int(),
        status: z.enum(['pending', 'printing', 'printed', 'failed']),
        /** why it did not print, in the caller's language */
        reason: z.string().nullable(),
        uncertain: z.boolean(),
        svg: z.string(),
        paperWidth: z.number().int(),
      }),
    }),
    'printing.printerStatus': query({
      summary: 'Asks the printer of a target (default: the caller’s window) whether it is online, has paper and its cover closed.',
      roles: STAFF,
      input: z.object({ target: printTargetSchema.nullable().default(null) }).strict(),
      output: z.object({ target: z.string(), configured: z.boolean(), transport: z.string().nullable(), status: printerStatusSchema.nullable(), problem: z.string().nullable() }),
    }),
    'printing.printers': query({
      summary: 'Every configured printer and its target.',
      roles: MANAGER,
      input: z.object({}).strict(),
      output: z.object({ printers: z.array(z.object({ target: z.string(), config: printerConfigSchema })) }),
    }),
    'printing.configurePrinter': command({
      summary: 'Sets the printer of a target: network (raw TCP 9100), CUPS raw queue, Windows printer, serial, USB or file (audited).',
      roles: MANAGER,
      input: z.object({ target: printTargetSchema, config: printerConfigSchema }).strict(),
      output: z.object({ ok: z.literal(true) }),
    }),
  },
  events: {
    'printing.jobPrinted': event({
      summary: 'A print job reached the printer.',
      roles: STAFF,
      payload: z.object({ jobId: z.number().int(), target: z.string(), kind: z.enum(PRINT_KINDS) }),
    }),
    'printing.jobFailed': event({
      summary: 'A print job failed and is in the reprint queue.',
      roles: STAFF,
      payload: z.object({ jobId: z.number().int(), target: z.string(), kind: z.enum(PRINT_KINDS), reasonKey: z.string(), uncertain: z.boolean() }),
    }),
    'printing.kioskSlipPrinted': event({
      summary: 'A kiosk’s ticket slip reached its printer: the kiosk tells the customer to take it.',
      roles: ['kiosk'],
      payload: z.object({ jobId: z.number().int(), target: z.string(), ticketNo: z.string() }),
    }),
    'printing.kioskSlipFailed': event({
      summary: 'A kiosk’s ticket slip did not print (no printer configured, paper out, offline …): the kiosk shows the number and says so; counters and the manager show an alert until someone sees to the kiosk.',
      roles: ['kiosk', ...STAFF],
      payload: z.object({ jobId: z.number().int(), target: z.string(), ticketNo: z.string(), reasonKey: z.string(), uncertain: z.boolean() }),
    }),
  },
} as const;
