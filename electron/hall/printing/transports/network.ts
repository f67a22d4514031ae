// Raw TCP to the printer's port 9100 (what every networked ESC/POS printer offers). The
// status query uses its own short connection so a dead printer is found before a job starts.
import { connect, type Socket } from 'node:net';
import { PrintFailure, type PrinterTransport } from './transport.ts';
import { STATUS_QUERIES, parseStatus, type PrinterStatus } from '../printer-status.ts';

export interface NetworkOptions {
  host: string;
  port: number;
  timeoutMs: number;
}

function open(options: NetworkOptions): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: options.host, port: options.port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new PrintFailure('timeout', { ms: options.timeoutMs }, false));
    }, options.timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(connectFailure(error));
    });
  });
}

/** A refused connection is its own reason: the printer is there but will not take us. */
function connectFailure(error: Error): PrintFailure {
  return (error as NodeJS.ErrnoException).code === 'ECONNREFUSED' ? new PrintFailure('refused', {}, false) : new PrintFailure('unreachable', { detail: error.message }, false);
}

/**
 * The answer to the DLE EOT 1 sent after the job's bytes. Online: everything before it was
 * received. Offline (paper ran out, cover opened mid-job) or anything else: part of the
 * receipt may be on paper, so the job is a failure to be reprinted as 补打.
 */
function afterJobFailure(answer: number): PrintFailure | null {
  if ((answer & 0x93) !== 0x12) return new PrintFailure('badAnswer', { byte: answer.toString(16).padStart(2, '0') }, true);
  if ((answer & 0x08) !== 0) return new PrintFailure('offlineMidJob', {}, true);
  return null;
}

export function networkTransport(options: NetworkOptions): PrinterTransport {
  return {
    async send(bytes) {
      const socket = await open(options);
      // After the job, one real-time status query: its answer proves the printer received
      // every byte before it (the kernel accepting our write proves nothing) if it says online.
      // No answer, an offline answer, or the connection gone: part of it may be on paper.
      await new Promise<void>((resolve, reject) => {
        let settled = false;
        const done = (error?: PrintFailure) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          if (error) socket.destroy();
          else socket.end();
          if (error) reject(error);
          else resolve();
        };
        const timer = setTimeout(() => done(new PrintFailure('timeout', { ms: options.timeoutMs }, true)), options.timeoutMs);
        socket.once('error', () => done(new PrintFailure('dropped', {}, true)));
        socket.once('close', () => done(new PrintFailure('dropped', {}, true)));
        socket.once('data', (answer: Buffer) => done(afterJobFailure(answer[0]!) ?? undefined));
        socket.write(Buffer.concat([bytes, STATUS_QUERIES[0]!]));
      });
    },
    async status(): Promise<PrinterStatus> {
      const socket = await open(options);
      try {
        return await new Promise<PrinterStatus>((resolve, reject) => {
          let answers = Buffer.alloc(0);
          const timer = setTimeout(() => reject(new PrintFailure('timeout', { ms: options.timeoutMs }, false)), options.timeoutMs);
          socket.on('data', (chunk: Buffer) => {
            answers = Buffer.concat([answers, chunk]);
            if (answers.length >= STATUS_QUERIES.length) {
              clearTimeout(timer);
              try {
                resolve(parseStatus(answers));
              } catch (error) {
                reject(new PrintFailure('unreachable', { detail: (error as Error).message }, false));
              }
            }
          });
          socket.once('error', (error) => {
            clearTimeout(timer);
            reject(connectFailure(error));
          });
          // Hanging up instead of answering is a refusal, said at once (not after the timeout).
          socket.once('close', () => {
            clearTimeout(timer);
            reject(new PrintFailure('refused', {}, false));
          });
          socket.write(Buffer.concat(STATUS_QUERIES));
        });
      } finally {
        socket.destroy();
      }
    },
  };
}
