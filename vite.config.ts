import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = process.env.SAMSYN_API ?? 'http://localhost:3000';

// The web app lives in src/web; index.html sits at the repository root and the server serves dist/web.
export default defineConfig({
  root: '.',
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': api,
      '/healthz': api,
      '/readyz': api,
    },
  },
});
