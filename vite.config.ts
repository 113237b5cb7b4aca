import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const web = (path: string) => fileURLToPath(new URL(`./web/${path}`, import.meta.url));

/**
 * The pages in web/, built into dist/web, which the API serves as static
 * files (no dev server is needed to use the product). One HTML entry per
 * screen; shared code lands in common chunks.
 */
export default defineConfig({
  root: web(''),
  base: '/',
  // Vite's own JSX transform (no React plugin): the automatic runtime, as in web/tsconfig.json.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        login: web('index.html'),
        operator: web('operator/index.html'),
        driver: web('driver/index.html'),
        request: web('request/index.html'),
        admin: web('admin/index.html'),
        reports: web('admin/reports/index.html'),
      },
      // Mantine marks its modules "use client" (for React Server Components); meaningless here.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  logLevel: 'warn',
});
