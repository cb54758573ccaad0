import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

// Build with: electron-vite build --config electron.config.ts (the file name is not one electron-vite looks for).
// VOISINAGE_OUT_DIR lets two checkouts' builds (or two people's tests) share a machine without overwriting each other.
const OUT = resolve(import.meta.dirname, process.env.VOISINAGE_OUT_DIR ?? 'out');

export default defineConfig({
  main: {
    build: {
      outDir: resolve(OUT, 'main'),
      rollupOptions: {
        input: { electron: resolve(import.meta.dirname, 'src-main/electron/main.ts') },
        // Native and Electron-only packages stay outside the bundle.
        external: ['electron', 'better-sqlite3', 'electron-updater'],
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(OUT, 'preload'),
      rollupOptions: {
        input: { preload: resolve(import.meta.dirname, 'src-preload/index.ts') },
        external: ['electron'],
        // A sandboxed preload must be one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src-renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(OUT, 'renderer'),
      emptyOutDir: true,
      rollupOptions: { input: resolve(import.meta.dirname, 'src-renderer/index.html') },
    },
  },
});
