// Who may import whom. One table; the lint rule in ./layering.js is generated from it.
// A file that matches no layer is an error, so a new folder cannot slip past the rules.
// Order matters: the first layer whose pattern matches a file is its layer.

/** @typedef {{ name: string, pattern: RegExp, mayImport: string[], node: boolean, electron: boolean, dom: boolean }} Layer */

const ROLE_SCREENS = ['counter', 'customer', 'display', 'kiosk', 'manager'];
const SCREEN_DEPS = ['shared', 'renderer/ui', 'renderer/client'];

/** @type {Layer[]} */
export const LAYERS = [
  { name: 'shared', pattern: /^shared\//, mayImport: [], node: false, electron: false, dom: false },
  // The app's version and name come from package.json; only the hall reads it.
  { name: 'package.json', pattern: /^package\.json$/, mayImport: [], node: false, electron: false, dom: false },
  { name: 'electron/hall', pattern: /^electron\/hall\//, mayImport: ['shared', 'package.json'], node: true, electron: false, dom: false },
  { name: 'electron/main', pattern: /^electron\/main\//, mayImport: ['shared', 'electron/hall'], node: true, electron: true, dom: false },
  { name: 'electron/preload', pattern: /^electron\/preload\//, mayImport: ['shared'], node: false, electron: true, dom: false },
  { name: 'electron/tooling', pattern: /^electron\/start\.ts$/, mayImport: ['shared', 'electron/hall'], node: true, electron: false, dom: false },
  { name: 'renderer/client', pattern: /^renderer\/client\//, mayImport: ['shared'], node: false, electron: false, dom: true },
  { name: 'renderer/ui', pattern: /^renderer\/ui\//, mayImport: ['shared', 'renderer/client'], node: false, electron: false, dom: true },
  ...ROLE_SCREENS.map((screen) => ({
    name: `renderer/${screen}`,
    pattern: new RegExp(`^renderer/${screen}/`),
    mayImport: SCREEN_DEPS,
    node: false,
    electron: false,
    dom: true,
  })),
  {
    name: 'renderer/app',
    pattern: /^renderer\/(app\/|main\.tsx$)/,
    mayImport: [...SCREEN_DEPS, ...ROLE_SCREENS.map((s) => `renderer/${s}`)],
    node: false,
    electron: false,
    dom: true,
  },
  { name: 'tests', pattern: /^tests\//, mayImport: ['*'], node: true, electron: false, dom: true },
  { name: 'tooling', pattern: /^(scripts\/|eslint\/|[^/]+\.(js|mjs|ts)$|(renderer|electron)\/vite\.config\.ts$)/, mayImport: ['*'], node: true, electron: false, dom: false },
];

export const ROLE_SCREEN_NAMES = ROLE_SCREENS;

/** @param {string} relPath path relative to the repository root, with forward slashes */
export function layerOf(relPath) {
  return LAYERS.find((layer) => layer.pattern.test(relPath)) ?? null;
}
