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
    rollupOptions: {
      // zod ships comments Rollup cannot place; the warning is harmless noise.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
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
