// A network receipt printer on 127.0.0.1 for tests: answers DLE EOT status queries like an
// Epson TM printer and keeps every job's bytes. Modes simulate the failures a counter meets:
// a printer that drops the connection mid-job, one that never answers, one out of paper,
// one that goes offline (paper out, cover opened) while the job prints, one that refuses.
import { createServer, type Server, type Socket } from 'node:net';

export type FakePrinterMode = 'ok' | 'dropMidJob' | 'neverAnswers' | 'paperOut' | 'coverOpen' | 'offlineMidJob' | 'closesConnection';

export interface FakePrinter {
  port: number;
  mode: FakePrinterMode;
  /** Bytes of each completed job connection (status queries stripped). */
  jobs: Buffer[];
  /** Bytes received on connections that were dropped. */
  partial: Buffer[];
  close(): Promise<void>;
  waitForJobs(n: number, timeoutMs?: number): Promise<Buffer[]>;
}

const OK = [0x12, 0x12, 0x12];

function statusAnswer(mode: FakePrinterMode, n: number, jobStarted: boolean): number {
  const [printer, offline, paper] = OK as [number, number, number];
  if (mode === 'offlineMidJob' && jobStarted) return n === 1 ? printer | 0x08 : n === 2 ? offline | 0x20 : paper | 0x60;
  if (n === 1) return mode === 'paperOut' || mode === 'coverOpen' ? printer | 0x08 : printer;
  if (n === 2) return mode === 'paperOut' ? offline | 0x20 : mode === 'coverOpen' ? offline | 0x04 : offline;
  return mode === 'paperOut' ? paper | 0x60 : paper;
}

export async function startFakePrinter(mode: FakePrinterMode = 'ok'): Promise<FakePrinter> {
  const sockets = new Set<Socket>();
  const printer: FakePrinter = {
    port: 0,
    mode,
    jobs: [],
    partial: [],
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
    async waitForJobs(n, timeoutMs = 5_000) {
      const until = Date.now() + timeoutMs;
      while (printer.jobs.length < n) {
        if (Date.now() > until) throw new Error(`fake printer got ${printer.jobs.length} of ${n} jobs`);
        await new Promise((r) => setTimeout(r, 10));
      }
      return printer.jobs;
    },
  };
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    if (printer.mode === 'neverAnswers') {
      socket.pause(); // accept, then never read nor answer
      return;
    }
    if (printer.mode === 'closesConnection') {
      socket.end(); // accept, then hang up at once (a printer busy with another host, or one that refuses us)
      return;
    }
    let job = Buffer.alloc(0);
    let statusOnly = true;
    // went offline with part of a job taken: what came is on paper only in part
    let wentOffline = false;
    socket.on('data', (chunk: Buffer) => {
      // byte by byte, as a printer works through its buffer: answer DLE EOT n at once,
      // keep the rest as the job; in dropMidJob mode give up after 200 bytes of job
      const kept: number[] = [];
      for (let i = 0; i < chunk.length; i++) {
        if (printer.mode === 'dropMidJob' && job.length + kept.length > 200) {
          printer.partial.push(Buffer.concat([job, Buffer.from(kept)]));
          socket.destroy();
          return;
        }
        if (chunk[i] === 0x10 && chunk[i + 1] === 0x04 && chunk[i + 2] !== undefined && [1, 2, 3, 4].includes(chunk[i + 2]!)) {
          const answer = statusAnswer(printer.mode, chunk[i + 2]!, job.length + kept.length > 0);
          if (chunk[i + 2] === 1 && (answer & 0x08) !== 0 && job.length + kept.length > 0) wentOffline = true;
          socket.write(Buffer.from([answer]));
          i += 2;
        } else kept.push(chunk[i]!);
      }
      if (kept.length > 0) statusOnly = false;
      job = Buffer.concat([job, Buffer.from(kept)]);
    });
    socket.on('end', () => {
      if (wentOffline) printer.partial.push(job);
      else if (!statusOnly && !socket.destroyed) printer.jobs.push(job);
      socket.end();
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  printer.port = (server.address() as { port: number }).port;
  return printer;
}
