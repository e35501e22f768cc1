/**
 * The dashboard's build: React pages bundled into `dist/web`, which `sextant serve` serves beside the API.
 * `npm run dev:web` runs Vite's dev server and sends `/api` to a `sextant serve` on port 4319 (or to
 * `SEXTANT_API`).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The charts (ECharts, about 230 KB gzipped) are the largest part; they load with the first page that draws one.
    chunkSizeWarningLimit: 800,
  },
  server: { proxy: { '/api': process.env.SEXTANT_API ?? 'http://localhost:4319' } },
});
