import { defineConfig } from 'vitest/config';
import { e2ePrerequisites } from './e2e/harness/prerequisites.js';

/**
 * One run, two projects: fast unit and integration tests beside the code, and the end-to-end
 * tests on a real X server. When the machine lacks what e2e needs, CI fails and a developer's
 * run says in one line what it skipped and why.
 */
const e2e = e2ePrerequisites();

export default defineConfig({
  test: {
    reporters: ['default', './vitest.summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          // Before e2e, so the fast verdict comes first and the two never compete for 2 cores.
          sequence: { groupOrder: 0 },
          include: ['shared/src/**/*.test.ts', 'desktop/src/**/*.test.ts', 'mobile-web/src/**/*.test.ts', 'lint/**/*.test.ts', 'bench/**/*.test.ts'],
        },
      },
      ...(e2e.run
        ? [
            {
              test: {
                name: 'e2e',
                include: ['e2e/**/*.e2e.test.ts'],
                globalSetup: ['e2e/harness/global-setup.ts'],
                // One X server, one cursor: these tests take turns.
                fileParallelism: false,
                testTimeout: 60_000,
                hookTimeout: 60_000,
                sequence: { groupOrder: 1 },
              },
            },
          ]
        : []),
    ],
  },
});
