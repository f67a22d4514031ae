// Command-line options are input from outside like any other: parsed, then validated.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import { StorageError } from '../db/storage-errors.ts';
import { MigrationError } from '../db/migrate.ts';
import { errorMessage, storageStartMessage } from '../i18n.ts';

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
 * read-only file, a full disk, a folder that can't be made — or the database is newer than this
 * app, says why in words and exits 1.
 */
export function openHallOrSay<T>(open: () => T): T {
  try {
    return open();
  } catch (error) {
    const said = startMessage(error);
    if (!said) throw error;
    console.error(said('zh-CN'));
    console.error(said('en'));
    process.exit(1);
  }
}

function startMessage(error: unknown): ((locale: 'zh-CN' | 'en') => string) | null {
  if (error instanceof StorageError) return (locale) => storageStartMessage(error, locale);
  if (error instanceof MigrationError && error.said) {
    const { key, params } = error.said;
    return (locale) => errorMessage(locale, key, params);
  }
  return null;
}
