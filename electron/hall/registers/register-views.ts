// A register row as the contract shows it: who recorded it (by code and name, asked of auth) and
// whether it is overdue by the hall's clock now.
import type { Callback, Complaint } from '../../../shared/api/registers.api.ts';
import type { Db } from '../db/open.ts';
import { findOperator } from '../auth/index.ts';
import type { CallbackRow, ComplaintRow } from './registers-store.ts';

export type StaffRef = (id: number | null) => { code: string; name: string } | null;

/** Operator names for one answer, each asked of auth once. */
export function staffRefs(db: Db): StaffRef {
  const seen = new Map<number, { code: string; name: string } | null>();
  return (id) => {
    if (id === null) return null;
    if (!seen.has(id)) {
      const operator = findOperator(db, id);
      seen.set(id, operator ? { code: operator.code, name: operator.name } : null);
    }
    return seen.get(id)!;
  };
}

const past = (deadline: string, now: Date) => Date.parse(deadline) < now.getTime();

export function callbackView(row: CallbackRow, now: Date, staff: StaffRef): Callback {
  return {
    id: row.id,
    phone: row.phone,
    matter: row.matter,
    accountNo: row.account_no,
    dueAt: row.due_at,
    state: row.state,
    recordedAt: row.recorded_at,
    recordedBy: staff(row.recorded_by),
    windowNo: row.window_no,
    doneAt: row.done_at,
    doneBy: staff(row.done_by),
    outcome: row.outcome,
    overdue: row.state === 'open' && past(row.due_at, now),
  };
}

export function complaintView(row: ComplaintRow, now: Date, staff: StaffRef): Complaint {
  return {
    id: row.id,
    matter: row.matter,
    complainant: row.complainant,
    phone: row.phone,
    accountNo: row.account_no,
    state: row.state,
    receivedAt: row.received_at,
    receivedBy: staff(row.received_by),
    windowNo: row.window_no,
    forwardBy: row.forward_by,
    answerBy: row.answer_by,
    forwardedAt: row.forwarded_at,
    forwardedTo: row.forwarded_to,
    answeredAt: row.answered_at,
    answer: row.answer,
    closedAt: row.closed_at,
    closeNote: row.close_note,
    forwardOverdue: row.state === 'open' && past(row.forward_by, now),
    answerOverdue: (row.state === 'open' || row.state === 'forwarded') && past(row.answer_by, now),
  };
}
