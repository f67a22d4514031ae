// Room on the database's disk and the last refused write: a full or read-only disk shows on
// every screen's self-check before the next payment fails, not after.
import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StorageState } from '../db/storage-errors.ts';
import { formatHallTime } from '../../../shared/hall-time.ts';

/** Below this the check turns red: a busy day's ledger, audit and WAL need a few hundred MB. */
export const LOW_DISK_BYTES = 256 * 1024 * 1024;

export type FreeBytes = (path: string) => number;
export const freeBytesOnDisk: FreeBytes = (path) => {
  const stats = statfsSync(path);
  return Number(stats.bavail) * Number(stats.bsize);
};

export interface StorageCheck {
  ok: boolean;
  detailKey: string;
  params: Record<string, string | number>;
}

export function storageCheck(dbPath: string, lastFailure: { state: StorageState; at: Date } | null, freeBytes: FreeBytes, timeZone: string): StorageCheck {
  if (lastFailure) return { ok: false, detailKey: `health:storageFailed.${lastFailure.state}`, params: { time: formatHallTime(lastFailure.at, timeZone, 'timeWithSeconds') } };
  if (dbPath === ':memory:') return { ok: true, detailKey: 'health:storageMemory', params: {} };
  const free = freeBytes(dirname(dbPath));
  const freeMb = Math.floor(free / (1024 * 1024));
  return free < LOW_DISK_BYTES ? { ok: false, detailKey: 'health:storageLow', params: { freeMb } } : { ok: true, detailKey: 'health:storageDetail', params: { freeMb } };
}
