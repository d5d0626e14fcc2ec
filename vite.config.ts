import { readFileSync } from 'node:fs';
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

/**
 * Message ids, short in the build: each `{ id: 'breakdown.heading' }` of a `msg()` call in our source
 * and each key of the translation modules (src/i18n/locales/) becomes a short base-36 id ("3f"),
 * the same in every chunk, so the ids are not carried three times (the call, nynorsk, English) in
 * full. A translation that is the same as the bokmål source (xliff/<locale>.xlf) is left out of its
 * module: @lit/localize shows the source text for an id a locale does not have. The ids are those
 * of the xliff files (every message lit-localize extracted). The build fails if a long id is left
 * in the output, or if a translation module keeps a line it cannot read.
 */
function compactMessages(): Plugin {
  const xliff = (locale: string) => readFileSync(`${projectRoot}xliff/${locale}.xlf`, 'utf8');
  const units = (locale: string) =>
    [...xliff(locale).matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*<target>([\s\S]*?)<\/target>/g)].map(
      ([, id, source, target]) => ({ id: id!, same: source === target }),
    );
  let short = new Map<string, string>();
  let same = new Map<string, Set<string>>();
  return {
    name: 'pay-ladder:compact-messages',
    apply: 'build',
    // Before TypeScript is compiled: the source as written (its quotes, one translation a line).
    enforce: 'pre',
    buildStart() {
      const ids = [...new Set(units('nn').map((u) => u.id))].sort();
      short = new Map(ids.map((id, i) => [id, i.toString(36)]));
      same = new Map(
        ['nn', 'en'].map((l) => [
          l,
          new Set(
            units(l)
              .filter((u) => u.same)
              .map((u) => u.id),
          ),
        ]),
      );
    },
    transform(code, id) {
      if (!id.startsWith(`${projectRoot}src/`) || !id.endsWith('.ts')) return null;
      const locale = /\/src\/i18n\/locales\/(\w+)\.ts$/.exec(id)?.[1];
      if (locale) {
        const out = new MagicString(code);
        for (const m of code.matchAll(/^([ \t]*)'([^']+)': .*\n/gm)) {
          const key = m[2]!;
          const at = m.index + m[1]!.length;
          const to = short.get(key);
          if (to === undefined) throw new Error(`compact-messages: ${locale}.ts has "${key}", which xliff/nn.xlf does not`);
          if (same.get(locale)?.has(key)) out.remove(at, m.index + m[0].length);
          else out.overwrite(at, at + key.length + 2, `'${to}'`);
        }
        if (!out.hasChanged()) throw new Error(`compact-messages: no translation read in ${id}`);
        return { code: out.toString(), map: out.generateMap({ source: id, hires: 'boundary' }) };
      }
      if (!code.includes('msg(')) return null;
      return edit(code, id, /\bid: '([^']+)'/g, (m) => {
        const to = short.get(m[1]!);
        return to === undefined ? m[0] : `id: '${to}'`;
      });
    },
    generateBundle(_options, bundle) {
      // A long id left as a msg() option (`id:"…"`) or as a translation's key (`"…":`); the same
      // string elsewhere is not a message id (e.g. src/model/compare.ts's preset labels).
      const ids = [...short.keys()].map((k) => k.replace(/[.]/g, '\\.')).join('|');
      const long = new RegExp(`\\bid:\\s*[\`'"](?:${ids})[\`'"]|(?<!case\\s*)[\`'"](?:${ids})[\`'"]\\s*:`);
      for (const o of Object.values(bundle)) {
        if (o.type !== 'chunk') continue;
        const hit = long.exec(o.code);
        if (hit)
          throw new Error(
            `compact-messages: ${o.fileName} still has the message id ${hit[0]}: …${o.code.slice(Math.max(0, hit.index - 150), hit.index + 60)}…`,
          );
      }
    },
  };
}

/**
 * Lazy chunks come with what they import: each `import("./x.js")` in the output also starts the
 * loads of x's static imports (transitively) that the importing chunk does not import itself, so
 * none of them is discovered one round trip late, when x has arrived (rolldown's runtime chunk was:
 * the chart, the blocks under the results and the dataset each found it only then). What Vite's
 * preload helper does for an app, for our library build, where Vite adds none; with import(), so it
 * needs no <link> and works under any Content-Security-Policy that lets the chunks load. The
 * imports are requested first and x itself last, so even on a fast local server none of them is
 * requested after x has arrived (WebKit issued one 2 ms after, with x first).
 */
function preloadLazyImports(): Plugin {
  // Short: it is written at every lazy import of the first download (minified names never start with __).
  const HELPER = '__plp';
  return {
    name: 'pay-ladder:preload-lazy-imports',
    apply: 'build',
    renderChunk(code, chunk, _options, meta) {
      const chunks = meta.chunks;
      const dir = chunk.fileName.slice(0, chunk.fileName.lastIndexOf('/') + 1);
      const staticClosure = (name: string, into = new Set<string>()): Set<string> => {
        for (const i of chunks[name]?.imports ?? []) if (!into.has(i)) staticClosure(i, into.add(i));
        return into;
      };
      const loaded = staticClosure(chunk.fileName, new Set([chunk.fileName]));
      const relative = (file: string): string => {
        // Chunks sit in one folder, entries one level up: the two cases of this build.
        if (file.startsWith(dir) && !file.slice(dir.length).includes('/')) return `./${file.slice(dir.length)}`;
        if (!dir) return `./${file}`;
        return `../${file}`;
      };
      const out = new MagicString(code);
      let used = false;
      for (const m of code.matchAll(/\bimport\((["'`])([^"'`]+)\1\)/g)) {
        const target = Object.keys(chunks).find((f) => relative(f) === m[2]);
        if (!target) continue;
        // An entry (register.js loading define.js) is the first download itself: nothing to add.
        if (chunks[target].isEntry) continue;
        // The core chunk is define.js itself (defineCarriesCore), loaded before any lazy import.
        const deps = [...staticClosure(target)].filter((f) => !loaded.has(f) && chunks[f]?.name !== 'core');
        if (!deps.length) continue;
        used = true;
        out.overwrite(m.index, m.index + m[0].length, `${HELPER}(()=>${m[0]},${JSON.stringify(deps.map(relative))})`);
      }
      if (!used) return null;
      // A hoisted declaration: callable from anywhere in the chunk, also during its evaluation.
      out.append(`\nfunction ${HELPER}(f,d){for(const x of d)import(x).catch(()=>{});return f()}\n`);
      return { code: out.toString(), map: out.generateMap({ hires: 'boundary' }) };
    },
  };
}

/**
 * `dist/define.js` carries the first download itself: the `core` chunk is moved into it, so a page's
 * `<script type="module" src=".../define.js">` makes one request for everything the first render
 * needs, not two in a row (define.js, then the core chunk it would import: a round trip more, 150 ms
 * and more on a phone). The core chunk is written next to define.js (chunkFileNames), so the paths
 * in its code stay right; the chunks that imported it import define.js instead (the specifier
 * padded with spaces to its old length, so their source maps stay exact). register.js imports
 * define.js without registering anything (src/register.ts) and shares the same code.
 */
function defineCarriesCore(): Plugin {
  return {
    name: 'pay-ladder:define-carries-core',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((o) => o.type === 'chunk');
      const core = chunks.find((c) => c.name === 'core');
      const entry = chunks.find((c) => c.isEntry && c.name === 'define');
      if (!core || !entry) return;
      const tail = /\n?\/\/# sourceMappingURL=\S*\s*$/;
      // define.js re-exports names of the core chunk, which has one export clause.
      const facade = /^export\{([^}]*)\}from"\.\/([^"]+)";?$/.exec(entry.code.replace(tail, '').trim());
      const coreExports = [...core.code.matchAll(/\bexport\{([^}]*)\}(?!\s*from)/g)].pop();
      if (!facade || facade[2] !== core.fileName || !coreExports)
        throw new Error(`define-carries-core: unexpected define.js (${entry.code.slice(0, 200)}) or core chunk`);
      const pairs = (clause: string) =>
        clause
          .split(',')
          .filter(Boolean)
          .map((p) => p.trim().split(/\s+as\s+/))
          .map(([local, name]) => [local, name ?? local] as const);
      const localOf = new Map(pairs(coreExports[1]).map(([local, name]) => [name, local]));
      const reexports = pairs(facade[1]).map(([name, as]) => `${localOf.get(name)} as ${as}`);
      entry.code = `${core.code.replace(tail, '')}\nexport{${reexports.join(',')}};\n//# sourceMappingURL=${entry.fileName.split('/').pop()}.map\n`;
      entry.map = core.map;
      entry.imports = core.imports;
      entry.dynamicImports = core.dynamicImports;
      entry.modules = core.modules;
      entry.moduleIds = core.moduleIds;
      const mapAsset = bundle[`${core.fileName}.map`];
      if (mapAsset?.type === 'asset') {
        const map = JSON.parse(String(mapAsset.source));
        map.file = entry.fileName;
        delete bundle[`${core.fileName}.map`];
        delete bundle[`${entry.fileName}.map`];
        this.emitFile({ type: 'asset', fileName: `${entry.fileName}.map`, source: JSON.stringify(map) });
      }
      delete bundle[core.fileName];
      // register.js (a re-export of the core chunk's definePayLadder and VERSION) loads define.js
      // without registering: it names define.js's URL first, which define.js checks (src/define.ts).
      const register = chunks.find((c) => c.isEntry && c.name === 'register');
      const names = register && /^export\{([^}]*)\}from"\.\/([^"]+)";?$/.exec(register.code.replace(tail, '').trim());
      if (register) {
        if (!names || names[2] !== core.fileName)
          throw new Error(`define-carries-core: unexpected register.js (${register.code.slice(0, 200)})`);
        const exported = pairs(names[1]).map(([name, as]) => `${name}:${as}`); // define.js keeps the core chunk's exports
        register.code = [
          `// Loads define.js (the elements' code) without registering them: see src/register.ts and src/define.ts.`,
          `const u=import.meta.resolve("./${entry.fileName}");globalThis.__payLadderRegisterOnly=u;`,
          `const m=await import("./${entry.fileName}").finally(()=>{globalThis.__payLadderRegisterOnly===u&&delete globalThis.__payLadderRegisterOnly});`,
          `export const{${exported.join(',')}}=m;`,
          '',
        ].join('\n');
        register.imports = [];
        register.dynamicImports = [entry.fileName];
        delete bundle[`${register.fileName}.map`];
      }
      for (const c of chunks) {
        if (c === core || c === entry || !c.imports.includes(core.fileName)) continue;
        const depth = c.fileName.split('/').length - 1;
        const from = `"${depth ? '../'.repeat(depth) : './'}${core.fileName}"`;
        const to = `"${depth ? '../'.repeat(depth) : './'}${entry.fileName}"`;
        if (to.length > from.length) throw new Error(`define-carries-core: ${to} is longer than ${from}`);
        c.code = c.code.replaceAll(from, to + ' '.repeat(from.length - to.length));
        c.imports = c.imports.map((i) => (i === core.fileName ? entry.fileName : i));
      }
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
    'node_modules/lit(-html)?/(directives/|directive\\.js)',
    '/src/i18n/locales/',
    '/src/model/(compare|default-dataset|index|presets|validate-dataset)\\.ts',
    '/src/model/dataset/validate/',
    '/src/model/rules/(conditions|schedule)\\.ts',
    '/src/state/(csv|storage|share|share-encode|dataset-source)\\.ts',
    '/data/(agreements|occupations|rules)/',
  ].join('|'),
);

export default defineConfig({
  plugins: [dropTemplateIndentation(), minifyCssTemplates(), compactMessages(), preloadLazyImports(), defineCarriesCore()],
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
        // The core chunk next to the entries: its code becomes define.js (see defineCarriesCore).
        chunkFileNames: (c) => (c.name === 'core' ? '[name]-[hash].js' : 'chunks/[name]-[hash].js'),
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
            // The working conditions and the year month by month, the rules with their words: shared
            // by the calculator's two sections (deferred/year.ts) and the comparison, one request.
            {
              name: 'conditions',
              test: /\/src\/model\/rules\/(conditions|schedule)\.ts$|\/src\/i18n\/labels\/deferred\/conditions\.ts$/,
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
