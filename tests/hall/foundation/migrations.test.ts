import { describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMigrations, migrate, MigrationError, MIGRATIONS_DIR } from '../../../electron/hall/db/migrate.ts';
import { errorMessage } from '../../../electron/hall/i18n.ts';

const all = loadMigrations();
const APPLIED_AT = new Date('2027-03-01T08:00:00.000Z');

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table','trigger','index') ORDER BY name").pluck().all() as string[]);
}

describe('migrations', () => {
  it('are named NNNN-name.sql, numbered in steps of 10, without duplicates', () => {
    expect(all.length).toBeGreaterThan(0);
    for (const m of all) expect(m.version % 10).toBe(0);
    expect(new Set(all.map((m) => m.version)).size).toBe(all.length);
    expect(readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql'))).toHaveLength(all.length);
  });

  // One case per migration: an empty database migrated up to it (and no further) works and records it.
  for (const m of all) {
    it(`${m.version}-${m.name} applies on an empty database up to itself`, () => {
      const db = new Database(':memory:');
      db.pragma('foreign_keys = ON');
      const report = migrate(db, APPLIED_AT, all, m.version);
      expect(report.current).toBe(m.version);
      expect(report.applied.at(-1)).toBe(m.version);
      expect(db.prepare('SELECT sha256 FROM schema_migrations WHERE version = ?').pluck().get(m.version)).toBe(m.sha256);
      // when it was applied comes from the clock the caller handed in, not the machine's
      expect(db.prepare('SELECT applied_at FROM schema_migrations WHERE version = ?').pluck().get(m.version)).toBe(APPLIED_AT.toISOString());
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
      db.close();
    });
  }

  it('0010-init creates the branch tables and an append-only audit log', () => {
    const db = new Database(':memory:');
    migrate(db, APPLIED_AT, all, 10);
    expect(tables(db)).toEqual(expect.arrayContaining(['settings', 'counter_windows', 'operators', 'sessions', 'audit_log', 'audit_log_no_update', 'audit_log_no_delete']));
    db.prepare("INSERT INTO audit_log (at, action, role, terminal_id) VALUES ('2026-01-01T00:00:00Z', 'x', 'cashier', 't')").run();
    expect(() => db.prepare("UPDATE audit_log SET action = 'y'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('0030-charges refuses updates and deletes of charges', () => {
    const db = new Database(':memory:');
    migrate(db, APPLIED_AT, all, 30);
    db.prepare("INSERT INTO accounts (account_no, name, address, customer_class, heated_area_centi_m2, created_at, updated_at) VALUES ('1', '张三', 'x', 'residential', 8000, 't', 't')").run();
    db.prepare("INSERT INTO charges (account_id, kind, season, description, amount_fen, tax_category, source, created_at) VALUES (1, 'heating', '2026-2027', 'x', 100, 'vatExempt', 's', 't')").run();
    expect(() => db.prepare('UPDATE charges SET amount_fen = 1').run()).toThrow(/insert-only/);
    expect(() => db.prepare('DELETE FROM charges').run()).toThrow(/insert-only/);
    expect(() => db.prepare("INSERT INTO charges (account_id, kind, season, description, amount_fen, tax_category, source, created_at) VALUES (1, 'heating', '2026-2027', 'dup', 100, 'vatExempt', 's', 't')").run()).toThrow(/UNIQUE/);
  });

  it('applying twice is a no-op', () => {
    const db = new Database(':memory:');
    migrate(db, APPLIED_AT, all);
    expect(migrate(db, APPLIED_AT, all).applied).toEqual([]);
  });

  it('refuses a database written by a newer app, said in each language from the catalogue', () => {
    const db = new Database(':memory:');
    migrate(db, APPLIED_AT, all);
    db.prepare("INSERT INTO schema_migrations VALUES (9990, 'future', 'x', 't')").run();
    expect(() => migrate(db, APPLIED_AT, all)).toThrow(MigrationError);
    expect(() => migrate(db, APPLIED_AT, all)).toThrow(/newer than this app/);
    const refused = (() => {
      try {
        migrate(db, APPLIED_AT, all);
      } catch (error) {
        return error as MigrationError;
      }
    })();
    const newest = all.at(-1)!.version;
    expect(refused?.said).toEqual({ key: 'schemaTooNew', params: { found: 9990, newest } });
    const { key, params } = refused!.said!;
    expect(errorMessage('zh-CN', key, params)).toBe(`数据库版本 9990 比本程序支持的 ${newest} 新，请升级柜台通后再打开`);
    expect(errorMessage('zh-TW', key, params)).toContain('請升級櫃台通');
    expect(errorMessage('en', key, params)).toBe(`The database is version 9990, newer than this app supports (${newest}): update CounterDesk before opening it`);
  });

  it('refuses to start when a shipped migration was edited', () => {
    const db = new Database(':memory:');
    migrate(db, APPLIED_AT, all);
    const edited = all.map((m, i) => (i === 0 ? { ...m, sha256: 'different' } : m));
    expect(() => migrate(db, APPLIED_AT, edited)).toThrow(/edited after it was applied/);
  });

  it('rolls back every pending migration when one fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-mig-'));
    writeFileSync(join(dir, '0010-good.sql'), 'CREATE TABLE a (x INTEGER) STRICT;');
    writeFileSync(join(dir, '0020-bad.sql'), 'CREATE TABLE b (x INTEGER) STRICT; THIS IS NOT SQL;');
    const db = new Database(':memory:');
    expect(() => migrate(db, APPLIED_AT, loadMigrations(dir))).toThrow();
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('a', 'b')").pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(0);
  });

  it('rejects badly named migration files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-mig-'));
    writeFileSync(join(dir, '10-init.sql'), 'SELECT 1;');
    expect(() => loadMigrations(dir)).toThrow(/0010-name\.sql/);
  });
});
