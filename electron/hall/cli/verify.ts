// `npm run verify -- --db PATH [--anchors FILE] [--receipt CODE] [--trust-key FPR] [--json]`:
// recomputes the ledger's hash chain and every window's receipt series, checks every entry's
// and audit row's signature against the installation's keys, the audit chain, the charges the
// ledger paid, and — when given — anchors taken outside (a file of receipt QR texts or chain
// heads from day exports / Z reports) and paper receipts. The installation's own key (its key
// file beside the database, or --key) is trusted; an unendorsed key in the file is not.
// Exit 0 when intact, 1 on any break, 2 on bad arguments.
import { existsSync, readFileSync } from 'node:fs';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { z } from 'zod';
import { parseCli } from './args.ts';
import { verifyLedgerFile } from '../ledger/index.ts';
import { defaultKeyPath, fingerprintOf, parseAnchors, parseReceiptCode, publicKeyText, type ReceiptCode } from '../integrity/index.ts';
import { defaultDbPath } from '../paths.ts';
import { say } from './say.ts';

const usage = `usage: npm run verify -- [--db PATH] [--anchors FILE] [--receipt CODE]… [--trust-key FINGERPRINT]… [--key PATH] [--quick] [--json]
  --anchors FILE     receipt QR texts and chain heads ("#57 <hash>", a day export) taken outside the database
  --receipt CODE     the text of a paper receipt's QR code (CDRCPT:W01-00000012:57:<hash>)
  --trust-key FPR    a signing key confirmed from outside (after a key was replaced on a new machine)
  --key PATH         the installation's key file (default: keys/ledger-signing-key.pem beside the database)
  --quick            hashes, links and series only, no signatures`;
const args = parseCli(
  process.argv.slice(2),
  {
    db: { type: 'string' },
    anchors: { type: 'string' },
    receipt: { type: 'string', multiple: true },
    'trust-key': { type: 'string', multiple: true },
    key: { type: 'string' },
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean' },
  },
  z.object({
    db: z.string().default(defaultDbPath()),
    anchors: z.string().optional(),
    receipt: z.array(z.string()).default([]),
    'trust-key': z.array(z.string().regex(/^[0-9A-Fa-f]{16}$/)).default([]),
    key: z.string().optional(),
    quick: z.boolean(),
    json: z.boolean(),
  }),
  usage,
);
if (!existsSync(args.db)) {
  console.error(`no database at ${args.db}`);
  process.exit(2);
}
const receipts: ReceiptCode[] = [];
for (const text of args.receipt) {
  const code = parseReceiptCode(text);
  if (!code) {
    console.error(`not a receipt code: ${text}\n\n${usage}`);
    process.exit(2);
  }
  receipts.push(code);
}
if (args.anchors && !existsSync(args.anchors)) {
  console.error(`no anchors file at ${args.anchors}`);
  process.exit(2);
}
const anchors = args.anchors ? parseAnchors(readFileSync(args.anchors, 'utf8')) : [];
const keyPath = args.key ?? defaultKeyPath(args.db);
const trusted = args['trust-key'].map((k) => k.toUpperCase());
let installationKey: string | null = null;
if (existsSync(keyPath)) {
  installationKey = fingerprintOf(publicKeyText(createPublicKey(createPrivateKey(readFileSync(keyPath, 'utf8')))));
  trusted.push(installationKey);
}

const started = performance.now();
const report = await verifyLedgerFile(args.db, undefined, { trustedKeys: trusted, anchors, receipts, signatures: !args.quick });
const seconds = Math.round(performance.now() - started) / 1000;
if (args.json) console.log(JSON.stringify({ ...report, seconds }, null, 2));
else {
  console.log(say('verify.checked', { entries: report.entriesChecked, receipts: report.receiptsChecked, seconds }));
  console.log(`head: #${report.headSeq} ${report.headHash}`);
  if (args.quick) console.log('signatures: not checked (--quick)');
  else {
    console.log(`signatures: ${report.signaturesChecked} entries and ${report.auditSignaturesChecked} audit rows checked${report.unsignedLegacy ? `; ${report.unsignedLegacy} entries from before signing` : ''}`);
    for (const k of report.keys) console.log(`  key ${k.keyNo} ${k.fingerprint} ${k.reason} ${k.installedAt}, from entry ${k.fromSeq}${k.fingerprint === installationKey ? ' (this installation)' : ''}`);
    if (!installationKey) console.log(`  (no key file at ${keyPath}: the keys in the database were not compared with the installation's)`);
  }
  console.log(`audit chain: ${report.auditRowsChecked} rows; charges: ${report.chargeLinesChecked} lines checked`);
  console.log(`anchors: ${report.anchorsChecked} checked${report.anchorsChecked === 0 ? ' (none given: --anchors FILE, --receipt CODE)' : ''}`);
  if (report.ok) console.log(say('verify.ok'));
  else {
    console.log(`BROKEN — first broken entry #${report.firstBroken?.seq}: ${report.firstBroken?.reason}`);
    for (const p of report.problems.slice(1, 10)) console.log(`  #${p.seq}: ${p.reason}`);
    for (const gap of report.gaps) console.log(`  gap in ${gap.series}: ${gap.after} → ${gap.next}`);
  }
}
process.exit(report.ok ? 0 : 1);
