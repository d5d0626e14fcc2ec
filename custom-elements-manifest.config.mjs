// Custom Elements Manifest (custom-elements.json) for editors, Storybook and docs tools, made by
// @custom-elements-manifest/analyzer (open-wc's analyzer, the reference tool for the
// webcomponents/custom-elements-manifest format) from the JSDoc of the element classes:
// @tagname, @attr, @prop, @fires, @csspart, @cssprop, @slot.
//
// `npm run build:manifest` (part of `npm run build`) writes custom-elements.json in the project root.
// The analyzer reads src/*.ts; the package ships lib/*.js, so the paths in the manifest are
// rewritten to the files that are published (src/ui/calculator/pay-ladder.ts → lib/ui/calculator/pay-ladder.js).

/** `src/x/y.ts` → `lib/x/y.js`; anything else unchanged. */
const published = (path) => (typeof path === 'string' ? path.replace(/^src\/(.*)\.ts$/, 'lib/$1.js') : path);

/** Rewrites every `path` and `module` reference in the manifest to the published files. */
function publishedPaths() {
  return {
    name: 'pay-ladder:published-paths',
    packageLinkPhase({ customElementsManifest }) {
      const visit = (value) => {
        if (Array.isArray(value)) return value.forEach(visit);
        if (!value || typeof value !== 'object') return;
        for (const key of Object.keys(value)) {
          if ((key === 'path' || key === 'module') && typeof value[key] === 'string') value[key] = published(value[key]);
          else visit(value[key]);
        }
      };
      visit(customElementsManifest.modules);
    },
  };
}

/**
 * The elements are registered by `definePayLadder()` (src/ui/base/define-elements.ts) through a guarded
 * helper, not by literal `customElements.define('tag', Class)` calls the analyzer could see. Each
 * element class names its tag with `@tagname`; this plugin records those registrations as
 * `custom-element-definition` exports of the `define` entry, where they happen.
 */
function registrations() {
  return {
    name: 'pay-ladder:registrations',
    packageLinkPhase({ customElementsManifest }) {
      const { modules } = customElementsManifest;
      // `customElements.define(tag, ctor)` inside the guarded helper (src/ui/base/registry.ts) reads as a
      // definition of an element named "tag"; only real tag names stay.
      const tagNames = new Set(modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean)));
      for (const mod of modules) {
        mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition' || tagNames.has(e.name));
      }
      const define = modules.find((m) => m.path === 'src/define.ts' || m.path === 'lib/define.js');
      if (!define) throw new Error('custom-elements-manifest: src/define.ts is not in the manifest');
      define.exports ??= [];
      for (const mod of modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement || !decl.tagName) continue;
          if (define.exports.some((e) => e.kind === 'custom-element-definition' && e.name === decl.tagName)) continue;
          define.exports.push({
            kind: 'custom-element-definition',
            name: decl.tagName,
            declaration: { name: decl.name, module: mod.path },
          });
        }
      }
      const missing = ['pay-ladder', 'pay-ladder-chart', 'pay-ladder-compare'].filter(
        (tag) => !define.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag),
      );
      if (missing.length) throw new Error(`custom-elements-manifest: no class has @tagname ${missing.join(', ')}`);
    },
  };
}

/**
 * Private reactive state (`{ state: true }` in an element's `static properties`) has no attribute,
 * but the analyzer lists each entry of `static properties` as one. Drops those attributes.
 */
function stateIsNotAnAttribute() {
  return {
    name: 'pay-ladder:state-is-not-an-attribute',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const hidden = new Set(
            (decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
          );
          if (!decl.attributes) continue;
          decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName));
          for (const m of decl.members ?? []) if (hidden.has(m.name)) delete m.attribute;
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // Generated translations: no elements, and large.
  exclude: ['src/i18n/locales/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
  // registrations() runs before publishedPaths(): it looks for src/define.ts.
  plugins: [registrations(), stateIsNotAnAttribute(), publishedPaths()],
};
