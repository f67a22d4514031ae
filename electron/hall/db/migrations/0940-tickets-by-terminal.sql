-- A kiosk's tickets of the last minute (its rate limit, counted on every tap): by the terminal
-- that issued them, in time order, so the count reads a few index entries, never the day.
CREATE INDEX tickets_by_terminal ON tickets(issued_by, issued_at);
