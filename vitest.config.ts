import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure shared/ logic) and `integration` (the server against a real
 * database: a fresh in-memory PGlite per file, or a schema of its own on PostgreSQL when
 * DATABASE_URL is set). Files run in parallel; nothing is shared between them.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'client/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
