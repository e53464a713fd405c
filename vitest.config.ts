import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      // Pure helpers of the dashboard (layout maths, marks, routing); the pages run in e2e.
      { extends: true, test: { name: 'web', include: ['web/src/**/*.test.ts'] } },
      {
        extends: true,
        // A real headless Chromium against a started server (Debian's chromium, see .ci/run).
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      { extends: true, test: { name: 'golden', include: ['test/golden/**/*.test.ts'] } },
      { extends: true, test: { name: 'assess', include: ['test/assess/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'cli', include: ['test/cli/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        extends: true,
        test: { name: 'property', include: ['test/property/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        extends: true,
        // One file at a time: the files share the PostgreSQL server and spawn processes.
        test: {
          name: 'store',
          include: ['test/store/**/*.test.ts', 'test/api/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'shared',
          include: [
            'test/shared-data.test.ts',
            'test/data.test.ts',
            'test/errors.test.ts',
            'test/regex-safety.test.ts',
          ],
          testTimeout: 60_000,
        },
      },
    ],
  },
})
