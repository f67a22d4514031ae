-- Signatures and the audit chain (docs/ledger.md, "What proves the ledger").
-- The installation's Ed25519 keys, newest last. The private key is never here: it lives in a
-- key file (0600) or Electron's safeStorage. A key is valid for ledger entries from
-- `from_seq` and audit rows from `from_audit_id`; a rotation is endorsed by the previous key
-- (`endorsement`), and every key proves it holds its private half (`proof`).
CREATE TABLE signing_keys (
  key_no INTEGER PRIMARY KEY,
  public_key TEXT NOT NULL UNIQUE,          -- SPKI DER, base64
  fingerprint TEXT NOT NULL UNIQUE,         -- SHA-256 of the DER, first 16 hex digits, upper case
  installed_at TEXT NOT NULL,
  from_seq INTEGER NOT NULL,
  from_audit_id INTEGER NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('installed', 'rotated', 'replaced')),
  endorsement TEXT,                         -- previous key's signature over this key (rotation)
  proof TEXT NOT NULL                       -- this key's signature over its own record
) STRICT;

-- One signature per ledger entry and per audit row, by the key valid at its position, over
-- "<chain>:<position>:<hash>". Kept beside the rows so every kind of entry is signed the same way.
CREATE TABLE chain_signatures (
  chain TEXT NOT NULL CHECK (chain IN ('ledger', 'audit')),
  position INTEGER NOT NULL,
  key_no INTEGER NOT NULL REFERENCES signing_keys(key_no),
  signature TEXT NOT NULL,                  -- base64
  PRIMARY KEY (chain, position)
) STRICT, WITHOUT ROWID;

-- The audit log becomes a hash chain too: each row's hash covers the row before it.
ALTER TABLE audit_log ADD COLUMN hash TEXT;

CREATE TRIGGER signing_keys_no_update BEFORE UPDATE ON signing_keys
BEGIN SELECT RAISE(ABORT, 'signing keys are append-only'); END;
CREATE TRIGGER signing_keys_no_delete BEFORE DELETE ON signing_keys
BEGIN SELECT RAISE(ABORT, 'signing keys are append-only'); END;
CREATE TRIGGER chain_signatures_no_update BEFORE UPDATE ON chain_signatures
BEGIN SELECT RAISE(ABORT, 'signatures are append-only'); END;
CREATE TRIGGER chain_signatures_no_delete BEFORE DELETE ON chain_signatures
BEGIN SELECT RAISE(ABORT, 'signatures are append-only'); END;
