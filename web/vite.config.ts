import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The local stack serves the console beside /graphql, so the dev server forwards the API the
// same way (in the cloud the build is given the API's URL, VITE_GRAPHQL_URL).
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
