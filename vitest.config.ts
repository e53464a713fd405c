import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
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
