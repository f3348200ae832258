import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// base './' so that the built folder works from any path on any static host.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  // No modulepreload polyfill: every browser that runs es2022 modules has modulepreload.
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
