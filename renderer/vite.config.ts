import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { API_VERSION } from '../shared/api/version.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  // the contract's version, hashed here once rather than in every page (renderer/client/api-version.ts)
  define: { __COUNTERDESK_API_VERSION__: JSON.stringify(API_VERSION) },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8731', '/events': { target: 'ws://127.0.0.1:8731', ws: true } } },
});
