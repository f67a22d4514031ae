// A hall display of the busy hour: the board as events push it, read afresh whenever the link
// comes back (the screen's resync). Asked on stdin, it reports what it shows.
import { createInterface } from 'node:readline';
import type { Board } from '../../../shared/api/queue.api.ts';
import { lanClient, deviceSession, untilAnswered, report } from './lan-client.ts';

const [url, terminalId] = process.argv.slice(2) as [string, string];
const client = lanClient(url);
await deviceSession(client, 'display', terminalId);
let board: Board = await untilAnswered(client, 'queue.board', {});
let reconnects = 0;
let wasOffline = false;
client.on('queue.boardChanged', (payload) => (board = payload));
client.onStatus((status) => {
  if (status === 'offline') wasOffline = true;
  if (status !== 'online' || !wasOffline) return;
  wasOffline = false;
  reconnects++;
  void untilAnswered(client, 'queue.board', {}).then((fresh) => (board = fresh));
});
client.connectEvents();
report('READY', terminalId);
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'report') report('SHOWS', { terminalId, reconnects, windows: board.windows, waiting: board.services.map((s) => [s.code, s.waitingNormal, s.waitingPriority]) });
  if (line === 'exit') {
    client.close();
    process.exit(0);
  }
});
