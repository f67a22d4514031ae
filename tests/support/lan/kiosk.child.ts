// The busy hour's ticket kiosk: issues `count` tickets (one in eight in the priority lane), then
// says so. A ticket whose answer was lost is issued again: the customer gets a new slip, and the
// lost one is called and skipped like anyone who left.
import { lanClient, deviceSession, untilAnswered, report, latencies } from './lan-client.ts';

const [url, countText] = process.argv.slice(2) as [string, string];
const client = lanClient(url);
await deviceSession(client, 'kiosk', 'busy-kiosk');
const issued: string[] = [];
for (let i = 0; i < Number(countText); i++) {
  const lane = i % 8 === 7 ? 'priority' : 'normal';
  const out = await untilAnswered(client, 'queue.issueTicket', { serviceCode: 'A', lane, priorityReason: lane === 'priority' ? '老年人' : null });
  issued.push(out.ticket.ticketNo);
  report('ISSUED', out.ticket.ticketNo);
}
report('RESULT', { issued, latencies });
