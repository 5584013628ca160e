/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { gazetteerPlugin } from './scripts/vite-gazetteer-plugin.ts';
import { precompressPlugin } from './scripts/vite-precompress-plugin.ts';

// `--mode mock` serves the SPA with the API answering in the page (no server); see src/main.tsx.
export default defineConfig({
  plugins: [react(), gazetteerPlugin(), precompressPlugin()],
  // `npm run dev` proxies the API to the server; `--mode mock` answers it in the page instead.
  server: { port: 5173, strictPort: false, proxy: { '/api': 'http://localhost:8080' } },
  build: {
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    // Two pages: the staff app, and the public sign-up page on its own (src/join.ts). The dev and
    // preview servers answer /join with join.html by themselves; server/lib/staticFiles.ts does too.
    rolldownOptions: { input: { index: resolve(import.meta.dirname, 'index.html'), join: resolve(import.meta.dirname, 'join.html') } },
  },
  test: {
    // Both cores: vitest's default leaves one idle on a 2-core machine. The browser suite runs
    // after the others, alone (groupOrder), so its timings do not compete with them.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          setupFiles: ['./tests/setup/console.setup.ts', './tests/setup/vitest.setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'tests/contract/**', 'tests/build/**', 'node_modules/**'],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        // The server, the API contract and the build scripts: Node, no DOM to set up per file.
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          setupFiles: ['./tests/setup/console.setup.ts'],
          include: ['server/**/*.test.ts', 'tests/contract/**/*.test.ts', 'tests/build/**/*.test.ts'],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        // A real browser (Debian's Chromium) on the production bundle built in mock mode.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
