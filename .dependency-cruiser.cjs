// `npm run depcruise`: the import rules of src/ (ui → state → model → data, i18n beside). Every
// import counts: static, dynamic (`import()`), type-only (`import type`) and type positions
// (`typeof import('…')`), because tsPreCompilationDeps keeps what tsc erases.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycle, static, dynamic or type-only: move the shared piece to a module both sides import.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'model-is-pure',
      severity: 'error',
      comment: 'src/model is the pure pay model: only src/model, data/ and src/generated/*.json (no npm package, no Node module).',
      from: { path: '^src/model/' },
      to: { pathNot: ['^src/model/', '^data/', '^src/generated/[^/]+\\.json$'] },
    },
    {
      name: 'state-sits-on-model',
      severity: 'error',
      comment: 'src/state (URL, storage, CSV, attribute text) imports only src/state, src/model and the data; never src/i18n or src/ui.',
      from: { path: '^src/state/' },
      to: { pathNot: ['^src/(state|model)/', '^data/', '^src/generated/[^/]+\\.json$'] },
    },
    {
      name: 'i18n-beside',
      severity: 'error',
      comment:
        'src/i18n imports src/i18n, @lit/localize and types from src/model. The one exception, src/state/number-text.ts, is the ' +
        're-export of parseUserNumber that src/ui still imports from i18n/format.ts; drop it once src/ui imports it from state.',
      from: { path: '^src/i18n/' },
      to: { pathNot: ['^src/i18n/', '^node_modules/@lit/localize/', '^src/model/', '^src/state/number-text\\.ts$'] },
    },
    {
      name: 'i18n-takes-only-types-from-model',
      severity: 'error',
      comment: 'src/i18n may know the model types (a message id union, a Locale) but runs no model code.',
      from: { path: '^src/i18n/' },
      to: { path: '^src/model/', dependencyTypesNot: ['type-only', 'type-import'] },
    },
    {
      name: 'no-ui-below',
      severity: 'error',
      comment: 'Only src/ui and the package entries (src/index.ts, src/define.ts, src/register.ts) import src/ui.',
      from: { path: '^src/', pathNot: ['^src/ui/', '^src/(index|define|register)\\.ts$'] },
      to: { path: '^src/ui/' },
    },
    {
      name: 'bundled-dataset-bound-once',
      severity: 'error',
      comment:
        'The bundled dataset (src/model/default-dataset.ts) is bound in two places only: the headless API (src/model/index.ts, ' +
        "whose functions default to it) and the elements' loader (src/ui/base/default-data.ts). Everything else takes the " +
        "dataset in use as an argument, so a site's data-src file is never silently replaced by the bundled one.",
      from: { path: '^src/', pathNot: ['^src/model/index\\.ts$', '^src/ui/base/default-data\\.ts$'] },
      to: { path: '^src/model/default-dataset\\.ts$' },
    },
    {
      name: 'no-headless-defaults-below-the-elements',
      severity: 'error',
      comment:
        'src/model/index.ts is the headless API, whose functions fall back to the bundled dataset. src/state and src/ui run the ' +
        'modules behind it (src/model/scenario.ts, compare.ts, rules/…), which take the dataset as a required argument; ' +
        'they may import types from it.',
      from: { path: '^src/(state|ui)/' },
      to: { path: '^src/model/index\\.ts$', dependencyTypesNot: ['type-only', 'type-import'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to no file.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'not-to-dev-dep',
      severity: 'error',
      comment: 'src/ is published (lib/, dist/): what it runs must be a dependency, not a devDependency.',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only', 'type-import'] },
    },
    {
      name: 'no-non-package-json',
      severity: 'error',
      comment: 'An npm package that package.json does not list (it works only by accident of hoisting).',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules'] },
    tsPreCompilationDeps: true,
    // Resolves like tsc (moduleResolution Bundler: `./x.js` in a .ts file is ./x.ts).
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
