-- Which printer serves which target ('window:3', 'kiosk:main'): the transport and its
-- settings as validated JSON (shared/api/printing.api.ts printerConfigSchema). A setting,
-- not history: a change is audited.
CREATE TABLE printers (
  target TEXT PRIMARY KEY,
  config TEXT NOT NULL CHECK (json_valid(config)),
  updated_at TEXT NOT NULL
) STRICT;
