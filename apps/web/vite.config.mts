import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The workspaces build into dist/web, which the API serves under /app (same origin: no CORS, one CSP).
 * Vite 8 transforms TSX with oxc itself; no React plugin is needed for a production build.
 */
export default defineConfig({
  root: here,
  base: '/app/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', development: false } },
  // Always React's production build: a NODE_ENV inherited from the shell (jest sets "test") would otherwise
  // ship the development build, twice the size, with StrictMode mounting every component twice.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  resolve: {
    // The rubric's arithmetic is shared with the API, so a judge's live total is the one the server stores.
    // So are the credit code's checksum and the entry form's conditions: a code flagged as typed, or a field
    // shown by an answer, is what the server decides too.
    alias: {
      '@rubric-maths': fileURLToPath(new URL('../../libs/judging/src/rubrics', import.meta.url)),
      '@credit-code': fileURLToPath(new URL('../../libs/enterprises/src/credit-code.ts', import.meta.url)),
      '@entry-rules': fileURLToPath(new URL('../../libs/entries/src', import.meta.url)),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      // React Query marks its modules "use client" for server-component bundlers; meaningless here.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
