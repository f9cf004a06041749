import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The console is served by the local stack (and in the cloud by the web component) from the
// same origin as /graphql, so the dev server only needs to forward the API.
export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    proxy: { '/graphql': process.env.GRAPHQL_PROXY_TARGET ?? 'http://127.0.0.1:4000' },
  },
  build: {
    outDir: 'dist',
    // react-admin, MUI, ECharts and Leaflet make one large vendor bundle; an internal
    // console loads it once and caches it, so the default 500 kB warning is only noise.
    chunkSizeWarningLimit: 4000,
  },
});
