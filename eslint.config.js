// @ts-check
// `npm run lint`: ESLint over src/, test/, scripts/, bench/ and build/ (flat config).
// Rules: ESLint's and typescript-eslint's recommended sets (type-aware for the TypeScript files),
// eslint-plugin-lit's recommended set for templates, eslint-plugin-wc's best practices for the
// custom elements. Formatting is Prettier's job (`npm run format:check`), not ESLint's.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'lib/',
      'coverage/',
      'bench/out/',
      'demo/',
      // Written by `lit-localize build` (`npm run i18n:build`).
      'src/i18n/locales/',
      'src/i18n/locale-codes.ts',
    ],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.{ts,js,mjs}', 'scripts/**/*.{mjs,ts}', 'bench/**/*.{mjs,ts}', 'build/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter or binding that is there on purpose (as tsc's noUnused* allow).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The scripts, benchmarks and test runners are plain ES modules outside the TypeScript project.
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src/**/*.ts', 'test/browser/**/*.ts', 'test/e2e/pages/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['scripts/**', 'bench/**', 'build/**', 'test/unit/**', 'test/e2e/*.mjs', 'test/examples/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // Node scripts that drive a browser: the functions they hand to page.evaluate run in the page.
    files: ['bench/browser.mjs', 'bench/page-bytes.mjs', 'bench/phone.mjs', 'test/e2e/run.mjs', 'test/e2e/drivers.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['test/**'],
    rules: {
      // Tests feed ill-typed and hostile input on purpose ("bad input never throws").
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Chai's property assertions: `expect(x).to.be.true`.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Fakes of async APIs (fetch, clipboard) are async functions that need not await.
      '@typescript-eslint/require-await': 'off',
      // Stubs keep a prototype method to call or restore it (`const original = Storage.prototype.setItem`).
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    // Classes that extend these are custom elements for eslint-plugin-wc (LocalizedElement: src/ui's Lit base).
    settings: { wc: { elementBaseClasses: ['LitElement', 'LocalizedElement'] } },
    rules: {
      // Lit's ReactiveElement implements every lifecycle callback: `super.connectedCallback()` needs no guard.
      'wc/guard-super-call': 'off',
      // Beyond lit's recommended set: mistakes in templates and lifecycles that the code is free of today.
      'lit/attribute-names': 'error',
      'lit/lifecycle-super': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-legacy-imports': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-template-bind': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/no-value-attribute': 'error',
      'lit/prefer-static-styles': 'error',
    },
  },
);
