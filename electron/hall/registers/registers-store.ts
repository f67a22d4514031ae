// The registers' tables: callbacks and complaints. No other module reads or writes them.
import type { Db } from '../db/open.ts';
import type { ComplaintState } from '../../../shared/api/registers.api.ts';

export interface CallbackRow {
  id: number;
  phone: string;
  matter: string;
  account_no: string | null;
  due_at: string;
  state: 'open' | 'done';
  recorded_at: string;
  recorded_by: number | null;
  window_no: number | null;
  terminal_id: string;
  done_at: string | null;
  done_by: number | null;
  outcome: string | null;
}

export interface ComplaintRow {
  id: number;
  matter: string;
  complainant: string | null;
  phone: string | null;
  account_no: string | null;
  state: ComplaintState;
  received_at: string;
  received_by: number | null;
  window_no: number | null;
  terminal_id: string;
  forward_by: string;
  answer_by: string;
  forwarded_at: string | null;
  forwarded_by: number | null;
  forwarded_to: string | null;
  answered_at: string | null;
  answered_by: number | null;
  answer: string | null;
  closed_at: string | null;
  closed_by: number | null;
  close_note: string | null;
}

type NewCallback = Pick<CallbackRow, 'phone' | 'matter' | 'account_no' | 'due_at' | 'recorded_at' | 'recorded_by' | 'window_no' | 'terminal_id'>;
type NewComplaint = Pick<ComplaintRow, 'matter' | 'complainant' | 'phone' | 'account_no' | 'received_at' | 'received_by' | 'window_no' | 'terminal_id' | 'forward_by' | 'answer_by'>;

function insertInto(db: Db, table: string, row: Record<string, unknown>): number {
  const keys = Object.keys(row);
  return Number(db.prepare(`INSERT INTO ${table} (${keys.join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`).run(row).lastInsertRowid);
}

function updateIn(db: Db, table: string, id: number, fields: Record<string, unknown>): void {
  const keys = Object.keys(fields);
  db.prepare(`UPDATE ${table} SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({ ...fields, id });
}

export function registersStore(db: Db) {
  const callback = db.prepare('SELECT * FROM register_callbacks WHERE id = ?');
  const complaint = db.prepare('SELECT * FROM register_complaints WHERE id = ?');
  const openCallbacks = db.prepare("SELECT * FROM register_callbacks WHERE state = 'open' ORDER BY due_at, id");
  const allCallbacks = db.prepare('SELECT * FROM register_callbacks ORDER BY due_at, id');
  const liveComplaints = db.prepare("SELECT * FROM register_complaints WHERE state <> 'closed' ORDER BY answer_by, id");
  const allComplaints = db.prepare('SELECT * FROM register_complaints ORDER BY answer_by, id');
  return {
    callback: (id: number) => callback.get(id) as CallbackRow | undefined,
    complaint: (id: number) => complaint.get(id) as ComplaintRow | undefined,
    addCallback: (row: NewCallback) => insertInto(db, 'register_callbacks', { ...row }),
    addComplaint: (row: NewComplaint) => insertInto(db, 'register_complaints', { ...row }),
    updateCallback: (id: number, fields: Partial<Omit<CallbackRow, 'id'>>) => updateIn(db, 'register_callbacks', id, fields),
    updateComplaint: (id: number, fields: Partial<Omit<ComplaintRow, 'id'>>) => updateIn(db, 'register_complaints', id, fields),
    callbacks: (includeDone: boolean) => (includeDone ? allCallbacks : openCallbacks).all() as CallbackRow[],
    complaints: (includeClosed: boolean) => (includeClosed ? allComplaints : liveComplaints).all() as ComplaintRow[],
  };
}
export type RegistersStore = ReturnType<typeof registersStore>;
