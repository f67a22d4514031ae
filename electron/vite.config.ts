// Bundles the Electron main process (ESM) and preload (CommonJS, as sandboxed preloads
// require) into dist-electron/, with the SQL migrations beside them.
import { defineConfig } from 'vite';
import { builtinModules } from 'node:module';
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const external = ['electron', 'better-sqlite3', 'ws', 'exceljs', 'receiptline', 'iconv-lite', 'csv-parse', 'pinyin-pro', /^node:/, ...builtinModules];

// `--mode preload` builds the preload alone: Rollup gives one format per build.
export default defineConfig(({ mode }) => {
  const preload = mode === 'preload';
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
            },
          },
        ],
  };
});
