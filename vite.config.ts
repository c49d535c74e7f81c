import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact(), crx({ manifest })],
  build: {
    outDir: 'dist/chrome',
    emptyOutDir: true,
    target: 'chrome116',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    // Dynamic imports inside scripts run in the content script too (each site's adapter is loaded
    // on demand): preloading would put <link rel=modulepreload> tags into the host page.
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'js' ? [] : deps) },
    // Extension pages that no manifest field names: crx builds only what the manifest lists.
    rollupOptions: { input: { dashboard: 'src/ui/dashboard/index.html', practice: 'src/ui/practice/index.html' } },
  },
  server: { port: 5173, strictPort: true },
});
