// Each table belongs to one hall domain: only that domain's code names it in SQL, and another
// domain asks the owner through its door. The few read-only exceptions below are decisions,
// each with its reason; a new one fails here until someone writes it down. Writing another
// domain's table is never an exception.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const HALL = join(ROOT, 'electron/hall');
const MIGRATIONS = join(HALL, 'db/migrations');

/** Tables another domain may read (never write), and why. */
const READ_ACROSS: Record<string, { readers: string[]; why: string }> = {
  ledger_entries: { readers: ['integrity'], why: 'signatures and anchors are taken over the raw rows the ledger wrote; a view of them would prove nothing' },
  audit_log: { readers: ['integrity', 'ledger'], why: '`verify` proves the audit chain from its raw rows, like the ledger’s' },
  chain_signatures: { readers: ['audit', 'ledger'], why: 'each chain’s verifier checks the signatures integrity took over it' },
  charges: { readers: ['ledger'], why: 'verify checks each charge’s amount against the ledger entries that created it, row by row' },
  operators: { readers: ['ledger'], why: 'the day book and shift book name each payment’s cashier in the one query that reads a million entries' },
};

/** A key–value table: each domain reads and writes only its own keys (see each store's header). */
const KEYED_BY_DOMAIN = new Set(['settings']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

function tables(): string[] {
  const names = new Set<string>();
  for (const f of readdirSync(MIGRATIONS)) for (const m of readFileSync(join(MIGRATIONS, f), 'utf8').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?(\w+)/g)) names.add(m[1]!);
  return [...names].sort();
}

/** The domain a hall source belongs to: its folder under electron/hall (files at the top are the hall's assembly). */
function domainOf(file: string): string | null {
  const parts = relative(HALL, file).split(sep);
  if (parts.length < 2 || parts[0] === 'db') return null; // migrations and the database opener name every table
  return parts[0]!;
}

interface Use {
  reads: Set<string>;
  writes: Set<string>;
}

function uses(): Map<string, Use> {
  const all = tables();
  const found = new Map<string, Use>(all.map((t) => [t, { reads: new Set(), writes: new Set() }]));
  for (const file of files(HALL)) {
    const domain = domainOf(file);
    if (!domain) continue;
    const text = readFileSync(file, 'utf8');
    for (const table of all) {
      const use = found.get(table)!;
      if (new RegExp(`\\b(?:INSERT(?: OR \\w+)? INTO|REPLACE INTO|UPDATE|DELETE FROM)\\s+${table}\\b`).test(text)) use.writes.add(domain);
      if (new RegExp(`\\b(?:FROM|JOIN)\\s+${table}\\b`).test(text)) use.reads.add(domain);
    }
  }
  return found;
}

describe('table owners', () => {
  const found = uses();

  it('finds the tables and who uses them (the scan itself works)', () => {
    expect(found.size).toBeGreaterThan(20);
    expect([...found.get('ledger_entries')!.writes]).toEqual(['ledger']);
    expect([...found.get('tickets')!.writes]).toEqual(['queue']);
  });

  it('has each table written by one domain only', () => {
    for (const [table, use] of found) {
      if (KEYED_BY_DOMAIN.has(table)) continue;
      expect([...use.writes], `${table} is written by ${[...use.writes].join(', ')}`).toHaveLength(use.writes.size > 0 ? 1 : 0);
    }
  });

  it('has another domain read a table only where the reason is written down', () => {
    for (const [table, use] of found) {
      if (KEYED_BY_DOMAIN.has(table)) continue;
      // (a store that builds its statements from the table's name is seen by its reads)
      const owner = [...use.writes][0] ?? (use.reads.size === 1 ? [...use.reads][0] : undefined);
      const others = [...use.reads].filter((d) => d !== owner).sort();
      expect(others, `${table} (owned by ${owner}) is read in SQL by ${others.join(', ')}: ask ${owner} through its index.ts, or write the reason in READ_ACROSS`).toEqual(
        (READ_ACROSS[table]?.readers ?? []).filter((d) => others.includes(d)).sort(),
      );
    }
  });

  it('keeps its exceptions true: each listed reader still reads, and none writes', () => {
    for (const [table, { readers }] of Object.entries(READ_ACROSS)) {
      const use = found.get(table)!;
      for (const reader of readers) {
        expect(use.reads.has(reader), `${reader} no longer reads ${table}: drop it from READ_ACROSS`).toBe(true);
        expect(use.writes.has(reader), `${reader} writes ${table}`).toBe(false);
      }
    }
  });

  it('would catch a domain writing another’s table', () => {
    // the same patterns the scan uses, on a line the demo once had
    expect(/\b(?:INSERT(?: OR \w+)? INTO|REPLACE INTO|UPDATE|DELETE FROM)\s+counter_windows\b/.test("db.prepare('INSERT OR IGNORE INTO counter_windows (window_no, label) VALUES (?, ?)')")).toBe(true);
  });
});
