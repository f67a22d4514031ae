// Who may import whom. One table; the lint rule in ./layering.js is generated from it.
// A file that matches no layer is an error, so a new folder cannot slip past the rules.
// Order matters: the first layer whose pattern matches a file is its layer.

/** @typedef {{ name: string, pattern: RegExp, mayImport: string[], node: boolean, electron: boolean, dom: boolean, door?: string }} Layer */

// Inside the hall, each domain is a room with one door: another zone reaches it only through
// `electron/hall/<domain>/index.ts`. This table says which domains each one may call; the
// dependency runs one way (checked below: a cycle here throws when the lint config loads).
// Why the ledger stands above billing: billing/index.ts.
const HALL_DOMAINS = {
  // keys, signatures, anchors: below every writer of a signed chain
  integrity: [],
  audit: ['integrity'],
  queue: [],
  system: [],
  // paired devices: which role, terminal and window a device's token stands for (asks the queue whether a window exists)
  pairing: ['queue'],
  auth: ['audit', 'queue', 'pairing'],
  accounts: ['audit', 'integrity'],
  billing: ['accounts'],
  ledger: ['billing', 'accounts', 'auth', 'audit', 'integrity'],
  printing: ['ledger', 'integrity'],
  staff: ['auth', 'queue'],
  // the customer display: who serves at a window (auth) and whether it is paused (queue)
  counter: ['auth', 'queue'],
  shifts: ['ledger', 'auth', 'queue'],
  backup: ['ledger'],
  // the manager's day: reads the ledger, the shifts, the queue's day, the ratings and the reprint queue
  dayclose: ['ledger', 'shifts', 'queue', 'counter', 'printing'],
  // callbacks and complaints: the names of the staff who recorded them (auth)
  registers: ['auth'],
};
const hall = (zone) => `electron/hall/${zone}`;
const DOMAIN_ZONES = Object.keys(HALL_DOMAINS).map(hall);
const HALL_BASE = ['shared', hall('kernel'), hall('db'), hall('clock')];

/** @type {Layer[]} */
const HALL_LAYERS = [
  // The hall's shared infrastructure, bottom-up: the clock, the database, then the kernel every
  // module is given (config, events, handler and module types, i18n, print requests, formats).
  { name: hall('clock'), pattern: /^electron\/hall\/clock\.ts$/, mayImport: ['shared'] },
  { name: hall('db'), pattern: /^electron\/hall\/db\//, mayImport: ['shared', hall('clock')] },
  { name: hall('dispatch'), pattern: /^electron\/hall\/dispatch\.ts$/, mayImport: [...HALL_BASE, hall('auth'), hall('audit'), hall('printing'), hall('pairing')] },
  { name: hall('assembly'), pattern: /^electron\/hall\/hall\.ts$/, mayImport: [...HALL_BASE, hall('dispatch'), ...DOMAIN_ZONES] },
  { name: hall('kernel'), pattern: /^electron\/hall\/(formats\/|[^/]+\.ts$)/, mayImport: ['shared', 'package.json', hall('db'), hall('clock')] },
  ...Object.entries(HALL_DOMAINS).map(([domain, calls]) => ({
    name: hall(domain),
    pattern: new RegExp(`^electron/hall/${domain}/`),
    mayImport: [...HALL_BASE, ...calls.map(hall)],
    door: `electron/hall/${domain}/index.ts`,
  })),
  // Above the modules: transports carry bytes to the dispatcher; demo and cli start halls.
  { name: hall('transport'), pattern: /^electron\/hall\/transport\//, mayImport: [...HALL_BASE, hall('dispatch'), hall('assembly')] },
  { name: hall('demo'), pattern: /^electron\/hall\/demo\//, mayImport: [...HALL_BASE, hall('assembly'), hall('transport'), ...DOMAIN_ZONES] },
  { name: hall('cli'), pattern: /^electron\/hall\/cli\//, mayImport: [...HALL_BASE, hall('assembly'), hall('transport'), hall('demo'), ...DOMAIN_ZONES] },
].map((layer) => ({ node: true, electron: false, dom: false, ...layer }));

const ROLE_SCREENS = ['counter', 'customer', 'display', 'kiosk', 'manager'];
const SCREEN_DEPS = ['shared', 'renderer/ui', 'renderer/client'];

/** @type {Layer[]} */
export const LAYERS = [
  { name: 'shared', pattern: /^shared\//, mayImport: [], node: false, electron: false, dom: false },
  // The app's version and name come from package.json; only the hall reads it.
  { name: 'package.json', pattern: /^package\.json$/, mayImport: [], node: false, electron: false, dom: false },
  ...HALL_LAYERS,
  { name: 'electron/main', pattern: /^electron\/main\//, mayImport: ['shared', 'electron/hall/*'], node: true, electron: true, dom: false },
  { name: 'electron/preload', pattern: /^electron\/preload\//, mayImport: ['shared'], node: false, electron: true, dom: false },
  { name: 'electron/tooling', pattern: /^electron\/start\.ts$/, mayImport: ['shared', 'electron/hall/*'], node: true, electron: false, dom: false },
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
  // The shell's own page parts (admin dialog, terminal settings), over any screen in Electron.
  { name: 'renderer/terminal', pattern: /^renderer\/terminal\//, mayImport: SCREEN_DEPS, node: false, electron: false, dom: true },
  {
    name: 'renderer/app',
    pattern: /^renderer\/(app\/|main\.tsx$)/,
    mayImport: [...SCREEN_DEPS, 'renderer/terminal', ...ROLE_SCREENS.map((s) => `renderer/${s}`)],
    node: false,
    electron: false,
    dom: true,
  },
  { name: 'tests', pattern: /^tests\//, mayImport: ['*'], node: true, electron: false, dom: true },
  { name: 'tooling', pattern: /^(scripts\/|eslint\/|[^/]+\.(js|mjs|ts)$|(renderer|electron)\/vite\.config\.ts$)/, mayImport: ['*'], node: true, electron: false, dom: false },
];

export const ROLE_SCREEN_NAMES = ROLE_SCREENS;
export const HALL_DOMAIN_NAMES = Object.keys(HALL_DOMAINS);

/** Whether a layer's mayImport list admits another layer ('*' = any; 'x/*' = every layer under x). */
export function mayImport(layer, target) {
  if (target.name === layer.name) return true;
  return layer.mayImport.some((allowed) => allowed === '*' || allowed === target.name || (allowed.endsWith('/*') && target.name.startsWith(allowed.slice(0, -1))));
}

/**
 * A cycle in the table's "may import" graph, as the list of layer names around it, or null.
 * Layers that may import anything ('*': tests, tooling) are not part of the architecture.
 * @param {Layer[]} layers
 */
export function findCycle(layers) {
  const edges = new Map(layers.filter((l) => !l.mayImport.includes('*')).map((l) => [l.name, layers.filter((t) => t !== l && mayImport(l, t)).map((t) => t.name)]));
  const state = new Map();
  const path = [];
  const visit = (name) => {
    if (state.get(name) === 'done') return null;
    if (state.get(name) === 'open') return [...path.slice(path.indexOf(name)), name];
    state.set(name, 'open');
    path.push(name);
    for (const next of edges.get(name) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(name, 'done');
    return null;
  };
  for (const name of edges.keys()) {
    const cycle = visit(name);
    if (cycle) return cycle;
  }
  return null;
}

const cycle = findCycle(LAYERS);
if (cycle) throw new Error(`eslint/layers.js: the import table has a cycle: ${cycle.join(' → ')}`);

/** @param {string} relPath path relative to the repository root, with forward slashes */
export function layerOf(relPath) {
  return LAYERS.find((layer) => layer.pattern.test(relPath)) ?? null;
}
