import { defineConfig } from 'vite';

// The app is served by Sitrep's server at "/"; in development `npm run dev` proxies the API to a running server.
export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
