import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The dashboard builds into dist/web, which `armsgraph serve` serves beside /api/v1.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npm run web:dev` proxies the API of a running `armsgraph serve`.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
})
