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
      reject(new PrintFailure('unreachable', { detail: error.message }, false));
    });
  });
}

export function networkTransport(options: NetworkOptions): PrinterTransport {
  return {
    async send(bytes) {
      const socket = await open(options);
      // After the job, one real-time status query: its answer proves the printer received
      // every byte before it (the kernel accepting our write proves nothing). No answer, or
      // the connection gone, means part of the receipt may be on paper: uncertain.
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
        socket.once('data', () => done());
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
            reject(new PrintFailure('unreachable', { detail: error.message }, false));
          });
          socket.write(Buffer.concat(STATUS_QUERIES));
        });
      } finally {
        socket.destroy();
      }
    },
  };
}
