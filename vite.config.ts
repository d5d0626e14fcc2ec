import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { standaloneModule } from './build/standalone-module.js';

/** Absolute path of a file of the project. */
const path = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  // dist/register.js: src/register.ts on its own (see build/standalone-module.ts).
  plugins: [standaloneModule({ source: path('./src/register.ts'), fileName: 'register.js' })],
  // The dev server serves demo/ at `/` (demo/index.html); demo code imports ../src and ../data,
  // which lie outside that root, so the file-system allow list names the whole project.
  root: 'demo',
  server: {
    host: 'localhost',
    port: 5173,
    strictPort: true,
    open: false,
    fs: { allow: [path('.')] },
  },
  preview: {
    host: 'localhost',
    port: 4173,
    strictPort: true,
    open: false,
  },

  // `npm run build`: one browser bundle for a plain <script type="module">, dependencies inlined.
  // What is imported dynamically (the chart with Chart.js, the parts under the results, the
  // comparison, the languages, the full dataset …) stays in chunks that load when needed.
  build: {
    outDir: path('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: { define: path('./src/define.ts') },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      // define.js may export more than src/define.ts does (what the lazy chunks import from it), so
      // it can hold the first download itself instead of re-exporting it from a chunk.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Library mode leaves whitespace and names unminified unless told.
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: {
          groups: [
            // Everything define.js imports statically, in define.js: one request before the first
            // render, and one file compresses better than the several shared chunks it would be.
            { name: 'define', tags: ['$initial'] },
            // The chart element with the library it draws with (it imports Chart.js when it mounts):
            // one request, not the element and then Chart.js a round trip later.
            { name: 'chart', test: /[\\/]src[\\/]ui[\\/]chart[\\/]|[\\/]node_modules[\\/](chart\.js|@kurkle[\\/]color)[\\/]/ },
            // The words that several later parts share (the names of the parts of pay, and the rest of
            // i18n/labels/deferred/common.ts, the column and field names of columns-and-fields.ts): one
            // small file, loaded with the blocks under the results, so a first keystroke needs no extra file.
            { name: 'parts', test: /[\\/]src[\\/]i18n[\\/]labels[\\/]deferred[\\/](parts|common|columns-and-fields)\.ts$/ },
          ],
        },
      },
    },
  },

  // `npm run test:unit`: the model and state, in Node, without a DOM.
  test: {
    root: path('.'),
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    passWithNoTests: false,
    // Property tests run thousands of cases; on a busy 2-core machine 5 s is too tight. Nothing here is timed.
    testTimeout: 60_000,
  },
});
