// PIN guessers for login_under_guessing_p99, in their own process as they would be on their
// own machines (in the bench's process their HTTP work would share the host's only thread):
// `<port> <sources>`: one loop per source address 127.0.0.2…, each guessing as fast as the host
// answers, until stdin closes; then prints `GUESSES <tries> <lockedOut>`.
import { request, Agent } from 'node:http';

const port = Number(process.argv[2]);
const sources = Number(process.argv[3] ?? 8);
let guessing = true;
let tries = 0;
let lockedOut = 0;

function guess(agent: Agent, from: string, body: string): Promise<string | null> {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/api/session.login', method: 'POST', localAddress: from, agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { error?: { code: string; key?: string } };
          resolve(answer.error ? (answer.error.key ?? answer.error.code) : null);
        });
      },
    );
    req.once('error', () => resolve('error'));
    req.end(body);
  });
}

const loops = Array.from({ length: sources }, async (_, g) => {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const from = `127.0.0.${2 + g}`;
  for (let n = 0; guessing; n++) {
    // each source walks its own operator numbers and PINs, as a guessing script would
    const body = JSON.stringify({ operatorCode: `${7000 + g * 100 + (n % 100)}`, pin: String(n % 10_000).padStart(4, '0'), terminalId: `guess-${g}`, windowNo: null });
    const answer = await guess(agent, from, body);
    tries += 1;
    if (answer === 'net:errors.lockedOut') lockedOut += 1;
  }
  agent.destroy();
});

console.log('READY');
process.stdin.resume();
process.stdin.once('end', () => {
  guessing = false;
  void Promise.all(loops).then(() => {
    console.log(`GUESSES ${tries} ${lockedOut}`);
    process.exit(0);
  });
});
