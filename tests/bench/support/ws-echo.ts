// The floor of anything crossing the LAN to a screen: one WebSocket round trip on loopback
// between two processes (ws-echo.child.ts echoes every message back).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';

const ECHO = fileURLToPath(new URL('./ws-echo.child.ts', import.meta.url));

export async function echoServer(): Promise<{ socket: WebSocket; roundTrip(): Promise<number>; stop(): void }> {
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', ECHO], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /READY (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`echo server exited ${code}`)));
  });
  const socket = new WebSocket(`ws://127.0.0.1:${port}`);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  return {
    socket,
    roundTrip: () =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        socket.once('message', () => resolve(performance.now() - started));
        socket.send('{"type":"event","name":"queue.ticketCalled","payload":{"ticketNo":"A001","windowNo":1}}');
      }),
    stop() {
      socket.close();
      child.kill('SIGTERM');
    },
  };
}

