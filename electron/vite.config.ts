// Bundles the Electron main process (ESM) and preload (CommonJS, as sandboxed preloads
// require) into dist-electron/, with the SQL migrations and the PDF's font beside them, and the hall's worker
// threads (the parallel ledger verify, the accounts import) into dist-electron/workers/.
import { defineConfig } from 'vite';
import { builtinModules } from 'node:module';
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const external = ['electron', 'electron-updater', 'better-sqlite3', 'ws', 'exceljs', 'receiptline', 'iconv-lite', 'csv-parse', 'pinyin-pro', 'pdfkit', 'fontkit', 'svg-to-pdfkit', /^echarts(\/|$)/, /^node:/, ...builtinModules];

/** The hall's worker threads: name → source (names as electron/hall/worker-script.ts knows them). */
export const WORKERS: Record<string, string> = {
  'verify-worker': 'electron/hall/ledger/verify-worker.ts',
  'import-worker': 'electron/hall/accounts/import/import-worker.ts',
  'health-worker': 'electron/hall/system/quick-check-worker.ts',
};

// `--mode preload` builds the preload alone: Rollup gives one format per build. `--mode workers`
// builds the workers on their own, so main.mjs stays one file (code it shared with a worker
// would move to a chunk, and paths taken from import.meta.url — the migrations — would move with it).
export default defineConfig(({ mode }) => {
  const preload = mode === 'preload';
  if (mode === 'workers') {
    return {
      root,
      build: {
        outDir: 'dist-electron/workers',
        emptyOutDir: true,
        target: 'node22',
        ssr: true,
        minify: false,
        rollupOptions: { input: WORKERS, external, output: { format: 'es' as const, entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' } },
      },
    };
  }
  return {
    root,
    build: {
      outDir: 'dist-electron',
      emptyOutDir: !preload,
      target: 'node22',
      ssr: true,
      minify: false,
      rollupOptions: {
        input: preload ? ({ preload: 'electron/preload/preload.ts' } as Record<string, string>) : ({ main: 'electron/main/app.ts' } as Record<string, string>),
        external,
        output: preload
          ? { format: 'cjs' as const, entryFileNames: '[name].cjs' }
          : { format: 'es' as const, entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
      },
    },
    plugins: preload
      ? []
      : [
          {
            name: 'copy-migrations',
            closeBundle() {
              cpSync(`${root}/electron/hall/db/migrations`, `${root}/dist-electron/migrations`, { recursive: true });
              cpSync(`${root}/electron/hall/fonts`, `${root}/dist-electron/fonts`, { recursive: true }); // the PDF's CJK font (electron/hall/fonts.ts)
            },
          },
        ],
  };
});
