-- Indexes behind the cashier's one search box (户号, 户名, 拼音, 电话, 地址). Every kind of
-- query is a range scan on one of these, so a search over a million accounts stays in
-- milliseconds; tests/hall/accounts/search-plan.test.ts checks each plan uses its index.
CREATE INDEX accounts_by_name ON accounts(name);
CREATE INDEX accounts_by_pinyin ON accounts(name_pinyin);
CREATE INDEX accounts_by_initials ON accounts(name_initials);
CREATE INDEX accounts_by_phone ON accounts(phone) WHERE phone <> '';
CREATE INDEX accounts_by_phone_last4 ON accounts(phone_last4) WHERE phone_last4 <> '';
CREATE INDEX accounts_by_building ON accounts(building, unit, room);
CREATE INDEX accounts_by_community ON accounts(community, building, unit, room);

-- Each head office import: who ran it, from which file, what it changed.
CREATE TABLE account_imports (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  operator_id INTEGER REFERENCES operators(id),
  rows_total INTEGER NOT NULL,
  accounts_created INTEGER NOT NULL,
  accounts_updated INTEGER NOT NULL,
  accounts_unchanged INTEGER NOT NULL,
  arrears_added INTEGER NOT NULL,
  applied_at TEXT NOT NULL
) STRICT;
