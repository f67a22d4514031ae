-- One operator session per counter window. A sign-in at a window ends the session that was
-- there (a cashier who forgot to sign out, or someone signing in at a second machine); the
-- screen left behind is told why and by whom, so a session now says how it ended.
ALTER TABLE sessions ADD COLUMN ended_reason TEXT CHECK (ended_reason IN ('signedOut', 'takenOver'));
ALTER TABLE sessions ADD COLUMN taken_over_by INTEGER REFERENCES operators(id);

-- Before the rule, two sessions could be open at one window: each but the newest is ended as
-- taken over, at the moment the newest one began (the ledger and the audit are not touched).
UPDATE sessions AS s
   SET ended_at = (SELECT n.created_at FROM sessions n
                    WHERE n.window_no = s.window_no AND n.operator_id IS NOT NULL AND n.ended_at IS NULL AND (n.created_at, n.rowid) > (s.created_at, s.rowid)
                    ORDER BY n.created_at, n.rowid LIMIT 1),
       taken_over_by = (SELECT n.operator_id FROM sessions n
                         WHERE n.window_no = s.window_no AND n.operator_id IS NOT NULL AND n.ended_at IS NULL AND (n.created_at, n.rowid) > (s.created_at, s.rowid)
                         ORDER BY n.created_at, n.rowid LIMIT 1),
       ended_reason = 'takenOver'
 WHERE s.window_no IS NOT NULL AND s.operator_id IS NOT NULL AND s.ended_at IS NULL
   AND EXISTS (SELECT 1 FROM sessions n
                WHERE n.window_no = s.window_no AND n.operator_id IS NOT NULL AND n.ended_at IS NULL AND (n.created_at, n.rowid) > (s.created_at, s.rowid));

-- The database itself refuses a second open operator session at a window.
CREATE UNIQUE INDEX sessions_one_per_window ON sessions(window_no) WHERE ended_at IS NULL AND operator_id IS NOT NULL AND window_no IS NOT NULL;
