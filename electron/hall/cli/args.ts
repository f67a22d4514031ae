// Command-line options are input from outside like any other: parsed, then validated.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import { StorageError } from '../db/storage-errors.ts';
import { storageStartMessage } from '../i18n.ts';

export function parseCli<S extends z.ZodType>(argv: string[], options: ParseArgsConfig['options'], schema: S, usage: string): z.output<S> {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${issue.path.join('.')}: ${issue.message}`);
    console.error(`\n${usage}`);
    process.exit(2);
  }
  return parsed.data;
}

/**
 * Opens the hall (or anything that opens the database) and, when the storage refuses — a
 * read-only file, a full disk, a folder that can't be made — says why in words and exits 1.
 */
export function openHallOrSay<T>(open: () => T): T {
  try {
    return open();
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
    console.error(storageStartMessage(error, 'zh-CN'));
    console.error(storageStartMessage(error, 'en'));
    process.exit(1);
  }
}
