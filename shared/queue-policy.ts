// Who is called next. Priority customers (老弱病残孕) go first, but not at any price:
//   1. A normal ticket that has waited MAX_WAIT or longer goes before further priority tickets,
//      unless the oldest priority ticket has also waited MAX_WAIT: then the older of the two
//      goes first (on a day when everyone waits too long the lanes merge by age, and neither
//      starves).
//   2. After K consecutive priority calls at a window, that window calls the oldest normal
//      ticket (a fixed ratio, as halls ask for).
//   3. Otherwise the oldest priority ticket, else the oldest normal ticket.
// The bound this guarantees (docs/queue.md): once a normal ticket has waited MAX_WAIT, no
// priority ticket issued after it is called before it by a window that serves it. Within a
// lane, order is strictly by place in line (a transferred ticket keeps its original place).
export type Lane = 'normal' | 'priority';

export interface Candidate {
  id: number;
  lane: Lane;
  /** ms since epoch of the place in line (issue time; kept on transfer) */
  placedAt: number;
}

export interface CallPolicy {
  maxWaitMs: number;
  /** K: consecutive priority calls at a window before a normal ticket must be called */
  priorityStreak: number;
}

export interface CallChoice {
  id: number;
  /** why this ticket: for the audit trail and the simulation's checks */
  rule: 'overdueNormal' | 'bothOverdue' | 'streakLimit' | 'priority' | 'normal';
}

const oldest = (xs: Candidate[]) => xs.reduce<Candidate | undefined>((a, b) => (!a || b.placedAt < a.placedAt || (b.placedAt === a.placedAt && b.id < a.id) ? b : a), undefined);

export function chooseNext(candidates: Candidate[], now: number, windowStreak: number, policy: CallPolicy): CallChoice | null {
  const normal = oldest(candidates.filter((c) => c.lane === 'normal'));
  const priority = oldest(candidates.filter((c) => c.lane === 'priority'));
  if (!normal && !priority) return null;
  if (!priority) return { id: normal!.id, rule: 'normal' };
  if (!normal) return { id: priority.id, rule: 'priority' };
  const normalOverdue = now - normal.placedAt >= policy.maxWaitMs;
  const priorityOverdue = now - priority.placedAt >= policy.maxWaitMs;
  if (normalOverdue && priorityOverdue) {
    const first = priority.placedAt < normal.placedAt || (priority.placedAt === normal.placedAt && priority.id < normal.id) ? priority : normal;
    return { id: first.id, rule: 'bothOverdue' };
  }
  if (normalOverdue) return { id: normal.id, rule: 'overdueNormal' };
  if (windowStreak >= policy.priorityStreak) return { id: normal.id, rule: 'streakLimit' };
  return { id: priority.id, rule: 'priority' };
}
