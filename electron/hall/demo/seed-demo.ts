// Everything the demo branch needs in an empty database, in one place, so `npm start`
// (Electron or browser mode) and `serve --demo` show the same branch.
import type { Hall } from '../hall.ts';
import { seedDemoBranch } from './demo-branch.ts';

export interface DemoOptions {
  dataDir: string;
}

/** Seeds an empty database; returns false (and changes nothing) when it already holds a branch. */
export function seedDemo(hall: Hall, _options: DemoOptions): boolean {
  return seedDemoBranch(hall);
}
