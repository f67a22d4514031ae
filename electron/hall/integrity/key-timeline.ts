// Which key must have signed a given position: the newest key whose range starts at or
// before it. Positions before the first key are legacy (written before signing existed).
import type { KeyObject } from 'node:crypto';
import type { Db } from '../db/open.ts';
import { publicKeyFrom, type KeyRecord } from './signer.ts';

export interface TimelineKey {
  keyNo: number;
  key: KeyObject;
}

export interface KeyTimeline {
  records: KeyRecord[];
  forLedger(seq: number): TimelineKey | null;
  forAudit(id: number): TimelineKey | null;
}

export function keyTimeline(db: Db): KeyTimeline {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'signing_keys'").get();
  const records = hasTable ? (db.prepare('SELECT * FROM signing_keys ORDER BY key_no').all() as KeyRecord[]) : [];
  const keys = records.map((r) => ({ keyNo: r.key_no, key: publicKeyFrom(r.public_key), fromSeq: r.from_seq, fromAudit: r.from_audit_id }));
  const find = (position: number, start: (k: (typeof keys)[number]) => number): TimelineKey | null => {
    for (let i = keys.length - 1; i >= 0; i--) if (start(keys[i]!) <= position) return keys[i]!;
    return null;
  };
  return { records, forLedger: (seq) => find(seq, (k) => k.fromSeq), forAudit: (id) => find(id, (k) => k.fromAudit) };
}
