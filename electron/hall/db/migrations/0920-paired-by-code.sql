-- Who confirmed a pairing, by 工号, kept on the device's row: the pairing module reads only its
-- own tables (operators belong to auth).
ALTER TABLE paired_devices ADD COLUMN paired_by_code TEXT;
