import { fileURLToPath } from 'node:url';
import MagicString, { type SourceMap } from 'magic-string';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** Absolute path of the project root (this file's folder). */
const projectRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * Drops the indentation after line breaks in our source before bundling. The minifier keeps
 * whitespace inside template literals (Lit's html/css templates), where a newline plus
 * indentation is one whitespace run to HTML and CSS alike, so a bare newline means the same.
 * Our sources have no <pre> content or whitespace-sensitive template text.
 */
function dropTemplateIndentation(): Plugin {
  return {
    name: 'pay-ladder:drop-template-indentation',
    apply: 'build',
    transform(code, id) {
      if (!id.startsWith(`${projectRoot}src/`) || !id.endsWith('.ts')) return null;
      return edit(code, id, /\n[ \t]+/g, () => '\n');
    },
  };
}

/** Replaces each match of `pattern` in `code`, with a source map, so size attribution stays exact. */
function edit(code: string, id: string, pattern: RegExp, replace: (match: RegExpExecArray) => string): { code: string; map: SourceMap } {
  const out = new MagicString(code);
  for (const m of code.matchAll(pattern)) out.overwrite(m.index, m.index + m[0].length, replace(m));
  return { code: out.toString(), map: out.generateMap({ source: id, hires: 'boundary' }) };
}

/**
 * Minifies the CSS in Lit `css` templates of our source: comments out, whitespace around
 * `{ } ; , :` out, other whitespace runs to one space (descendant combinators and `calc()`
 * operators keep theirs). `${…}` interpolations are left as they are.
 */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s+/g, ' ')
    .replace(/;}/g, '}');
}

function minifyCssTemplates(): Plugin {
  return {
    name: 'pay-ladder:minify-css-templates',
    apply: 'build',
    transform(code, id) {
      if (!id.startsWith(`${projectRoot}src/`) || !id.endsWith('.ts') || !code.includes('css`')) return null;
      return edit(
        code,
        id,
        /\bcss`((?:[^`\\]|\\.)*)`/g,
        (m) =>
          `css\`${m[1]
            .split(/(\$\{[^}]*\})/)
            .map((part, i) => (i % 2 ? part : minifyCss(part)))
            .join('')}\``,
      );
    },
  };
}

/** Our code, the data and Lit: candidates for the first download. */
const CORE = /\/(src|data)\/|node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/localize)\//;
/** What loads later (see the chunk groups below). */
const LATER = new RegExp(
  [
    '/deferred/',
    '/src/ui/(chart|compare)/',
    'node_modules/lit(-html)?/static(-html)?\\.js',
    '/src/i18n/locales/',
    '/src/model/(compare|default-dataset|index|presets|validate-dataset)\\.ts',
    '/src/model/dataset/validate/',
    '/src/state/(csv|storage|share|dataset-source)\\.ts',
    '/data/(agreements|occupations|rules)/',
  ].join('|'),
);

export default defineConfig({
  plugins: [dropTemplateIndentation(), minifyCssTemplates()],
  // The dev server serves demo/ at `/` (demo/index.html); demo code imports ../src and ../data,
  // which lie outside that root, so the file-system allow list names the whole project.
  root: 'demo',
  server: {
    host: 'localhost',
    port: 5173,
    strictPort: true,
    open: false,
    fs: { allow: [projectRoot] },
  },
  preview: {
    host: 'localhost',
    port: 4173,
    strictPort: true,
    open: false,
  },

  // `npm run build`: one browser bundle for a plain <script type="module">, dependencies inlined.
  // A dynamic import() (the Chart.js element) stays a separate, lazily loaded chunk.
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: {
        define: fileURLToPath(new URL('./src/define.ts', import.meta.url)),
        register: fileURLToPath(new URL('./src/register.ts', import.meta.url)),
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      output: {
        // Library mode leaves whitespace and names unminified unless told.
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Everything the calculator needs before it is interactive in ONE chunk (gzip works
        // better on one file than on the several shared chunks the splitter would otherwise
        // make). What loads later is decided by folder, not by file name: every `deferred/` folder,
        // the chart (ui/chart/, with Chart.js) and the comparison (ui/compare/) are left out, and
        // so are the modules only reached through import(): the translations, the full dataset
        // and its validator, and the state modules for links, saved scenarios, CSV and data-src.
        // A group takes every module its test matches, even one reached only through import(),
        // so these must be named; `npm run budgets` catches one that slips in.
        advancedChunks: {
          groups: [
            {
              name: 'core',
              test: (id: string) => CORE.test(id) && !LATER.test(id),
            },
            // What stands under the calculator's results, with the words and the share block it
            // shows (the comparison reuses them): one request, when the widget comes near the viewport.
            {
              name: 'below',
              test: /\/src\/ui\/calculator\/deferred\/below(\.styles)?\.ts$|\/src\/ui\/share\/deferred\/share-block\.ts$|\/src\/i18n\/labels\/deferred\/(notes|parts)\.ts$/,
            },
            // The chart element with Chart.js: one request, made when the elements are defined.
            {
              name: 'chart',
              // The calculator's chart view (deferred/chart-view.ts) loads with it: one request.
              test: /\/src\/ui\/chart\/|\/src\/ui\/calculator\/deferred\/chart-view\.ts$|node_modules\/(chart\.js|@kurkle\/color)\//,
            },
          ],
        },
      },
    },
  },

  // `npm run test:unit`: the model and state, in Node, without a DOM.
  test: {
    root: projectRoot,
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    passWithNoTests: false,
    // Property tests run thousands of cases; on a busy 2-core machine 5 s is too tight. Nothing here is timed.
    testTimeout: 60_000,
  },
});
