-- Customer accounts (用户), as the head office's billing system exports them. Master
-- data: an import may update a name or a phone number; money never lives here.
CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  account_no TEXT NOT NULL UNIQUE,              -- 户号
  name TEXT NOT NULL,                           -- 户名
  name_pinyin TEXT NOT NULL DEFAULT '',         -- 'zhangsanfeng', for search
  name_initials TEXT NOT NULL DEFAULT '',       -- 'zsf', for search
  community TEXT NOT NULL DEFAULT '',           -- 小区
  building TEXT NOT NULL DEFAULT '',            -- 楼 (e.g. '3号楼')
  unit TEXT NOT NULL DEFAULT '',                -- 单元 (e.g. '2单元')
  room TEXT NOT NULL DEFAULT '',                -- 室 (e.g. '501室')
  address TEXT NOT NULL,                        -- the whole address as displayed and printed
  phone TEXT NOT NULL DEFAULT '',
  phone_last4 TEXT NOT NULL DEFAULT '',
  customer_class TEXT NOT NULL CHECK (customer_class IN ('residential', 'nonResidential')), -- 居民 / 非居民
  heated_area_centi_m2 INTEGER NOT NULL CHECK (heated_area_centi_m2 >= 0),                 -- 供热面积 in 0.01 m²
  heating_status TEXT NOT NULL DEFAULT 'normal' CHECK (heating_status IN ('normal', 'stopped')), -- 停供 = stopped
  low_income INTEGER NOT NULL DEFAULT 0 CHECK (low_income IN (0, 1)),                      -- 低保户
  meter_no TEXT,                                -- gas meter / card number where gas applies
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
