import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { methods, events } from '../../shared/api/index.ts';
import { permissionTable } from '../../shared/permissions.ts';
import { renderApiDocs } from '../../electron/hall/api-docs.ts';
import { testHall } from '../support/hall.ts';

describe('the contract', () => {
  it('names methods domain.verbNoun and events in the past tense', () => {
    for (const name of Object.keys(methods)) expect(name).toMatch(/^[a-z]+\.[a-z]+[A-Za-z]*$/);
    for (const name of Object.keys(events)) expect(name).toMatch(/^[a-z]+\.[a-z][A-Za-z]*(ed|Changed|Issued|Made|Sent|Done|Paid|Taken|Resumed|Opened|Closed|Progress|Reset)$/);
  });

  it('has a handler in the hall for every method', () => {
    const t = testHall();
    try {
      const handlers = (t.hall.dispatcher as unknown as { handlers: Record<string, unknown> }).handlers;
      expect(Object.keys(handlers).sort()).toEqual(Object.keys(methods).sort());
    } finally {
      t.close();
    }
  });

  it('gives every method at least one role and a summary', () => {
    for (const [name, spec] of Object.entries(methods)) {
      expect(spec.roles.length, name).toBeGreaterThan(0);
      expect(spec.summary.length, name).toBeGreaterThan(10);
    }
  });

  it('keeps the permission table as reviewed (update the snapshot on purpose)', () => {
    const table = permissionTable().map((r) => `${r.method.padEnd(34)} ${Object.entries(r.allowed).filter(([, ok]) => ok).map(([role]) => role).join(',')}`);
    expect(table.join('\n')).toMatchSnapshot();
  });

  it('docs/api.md is generated from the contract (run `npm run docs:api`)', () => {
    expect(readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8')).toBe(renderApiDocs());
  });
});
