// SQLite refusals that are a state of the machine, not a bug in the hall: another writer held
// the lock, the disk is full, the file or its folder became read-only, the disk failed. Staff
// are told which in words (errors:<state>), the health check keeps the last one on show until
// a write succeeds again, and nothing is reported as an 'internal' error to be paid twice.

export const STORAGE_STATES = ['busy', 'diskFull', 'readOnly', 'ioError', 'cannotOpen'] as const;
export type StorageState = (typeof STORAGE_STATES)[number];

/** The storage state an error stands for (by SQLite's extended code), or null for anything else. */
export function storageStateOf(error: unknown): StorageState | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code.startsWith('SQLITE_BUSY_') || code.startsWith('SQLITE_LOCKED_')) return 'busy';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'diskFull';
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'readOnly';
  if (code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_')) return 'ioError';
  if (code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_CANTOPEN_')) return 'cannotOpen';
  return null;
}

/** The database could not be opened for writing: said in words by the entry points, never a raw stack. */
export class StorageError extends Error {
  readonly state: StorageState;
  readonly path: string;
  constructor(state: StorageState, path: string, cause: unknown) {
    super(`${state}: ${path}`, { cause });
    this.name = 'StorageError';
    this.state = state;
    this.path = path;
  }
}

/** What the hall saw last of its storage: a refused write stays on show until a write succeeds. */
export class StorageWatch {
  private failure: { state: StorageState; at: Date } | null = null;
  failed(state: StorageState, at: Date): void {
    // a busy lock is contention, not a fault of the machine
    if (state !== 'busy') this.failure = { state, at };
  }
  wrote(): void {
    this.failure = null;
  }
  get lastFailure(): { state: StorageState; at: Date } | null {
    return this.failure;
  }
}
