import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/process.ts', 'src/contact-card.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  // dependencies stay external so web and server share one ProseMirror instance
});
