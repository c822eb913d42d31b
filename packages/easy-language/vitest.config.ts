import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'easy-language',
    environment: 'node',
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
  },
});
