// Plain JavaScript so it runs on any Node: stops early, in one clear line, when the Node
// on PATH is too old for CounterDesk (better-sqlite3 13 crashes under Node 20).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `CounterDesk needs Node >= 22.12 (Node 24 recommended); this is ${process.version}. ` +
      'Run `npm run quickstart` / `npm run quicktest` (they install Node 24 into .tools/), or put .tools/node/bin first on PATH.',
  );
  process.exit(1);
}
