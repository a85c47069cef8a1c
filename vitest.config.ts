import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'],
    // Declares every capability's error codes (src/*/errors.ts) before each test file.
    setupFiles: ['src/test/error-codes.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Test files share their worker's module cache instead of loading the application anew for each
    // file: on 2 cores the suite's collect time fell from 207 s to 21 s and the whole run from ~19 to
    // ~12.5 minutes. Each file still has its own database (one PGlite per file, a fresh PostgreSQL
    // database), so what a file may not do is leave process-wide state behind (env, timers, mocks).
    isolate: false,
    // Three workers on two cores: the browser and fault tests wait on Chromium, servers and PostgreSQL
    // much of the time (8 slow files: 228 s with two workers, 149 s with three).
    // As many kept as allowed: a worker above minForks is ended when idle, and with isolate false vitest 3.2
    // can hand a file to a worker being ended ("Terminating worker thread", that file never reported).
    poolOptions: { forks: { maxForks: 3, minForks: 3 } },
    reporters: ['default'],
  },
});
