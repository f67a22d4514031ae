// Where a `file` printer may write: only inside the hall's own printed/ folder, beside its
// database. A manager's setting (or a stolen manager session) could otherwise point the print
// worker at any folder the hall may write to (a cron folder, a startup folder) and have every
// receipt dropped there.
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * `<folder of the database>/printed`. An in-memory hall (unit tests) has no folder of its own,
 * so it has no printed folder and refuses every file printer: there is deliberately no setting
 * that names another folder, so the rule the tests check is the one the product runs.
 */
export function printedFolderOf(dbPath: string): string | null {
  return dbPath === ':memory:' ? null : join(dirname(resolve(dbPath)), 'printed');
}

/** The path as the file system will follow it: the existing part through realpath (symlinks, `..`), the rest as written. */
function followed(path: string): string {
  const rest: string[] = [];
  let at = resolve(path);
  while (!existsSync(at)) {
    const up = dirname(at);
    if (up === at) break;
    rest.unshift(basename(at));
    at = up;
  }
  return join(existsSync(at) ? realpathSync.native(at) : at, ...rest);
}

/**
 * The folder a `file` printer's `dir` names (a relative dir is taken inside printed/), or null
 * when it is not inside printed/ once symlinks and `..` are followed.
 */
export function fileFolderInside(printedFolder: string | null, dir: string): string | null {
  if (printedFolder === null) return null;
  const root = followed(printedFolder);
  const target = followed(resolve(printedFolder, dir));
  const rel = relative(root, target);
  const inside = rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..');
  return inside ? target : null;
}
