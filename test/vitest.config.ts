import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e-spec.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
