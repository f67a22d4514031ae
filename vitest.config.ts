import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/{shared,hall,contract,lint,electron,renderer}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Guards against a hang, not speed targets: on a shared 2-core machine under load a test that
    // starts processes or hashes PINs can take minutes, and must still pass.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
